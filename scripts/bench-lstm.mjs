#!/usr/bin/env node
/**
 * `npm run bench:lstm`: training sequences/s of FusedLSTM and tf.layers.lstm on WebGPU, WebGL and
 * the CPU, in Chromium, on the production build's benchmark page (bench/lstm.html).
 *
 * Builds the app when dist/ is older than the sources, serves it with `vite preview` on a free
 * local port, opens the page in Chromium (found as the end-to-end tests find it), measures every
 * (shape, backend, layer) once per run, and prints per run and then the medians over the runs,
 * the fused ÷ tf.layers ratios of each run (median) and whether the target holds. Options:
 *   --backends=webgpu,webgl,cpu   which backends (default all three)
 *   --shapes=small,large          small = batch 64, 100 steps, 100-dim input, 64 units;
 *                                 large = batch 256, 100 steps, 100-dim input, 128 units
 *   --padding=random              random: lengths uniform in [steps/2, steps], pre-padded (what
 *                                 classifier batches look like); none: every step real (nothing
 *                                 for FusedLSTM to skip)
 *   --runs=1                      repeat everything this many times; report medians
 *   --seconds=3                   minimum timed seconds per measurement (after a warm-up batch)
 *   --profile                     instead: where a FusedLSTM training batch spends its time on
 *                                 WebGPU, kernel by kernel (GPU timestamp queries)
 *   --gpu                         use the machine's GPU: drop the SwiftShader flags (see README)
 *   --headed                      show the browser window (the surest way to get a real GPU)
 *   --no-build                    use dist/ as it is
 */
import { openBenchPage } from './bench-page.mjs';
import { browserCpuSeconds } from './browser-cpu.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const flag = (name) => argv.includes(`--${name}`);

const SHAPES = {
  small: { batch: 64, steps: 100, features: 100, units: 64 },
  large: { batch: 256, steps: 100, features: 100, units: 128 },
};
const IMPLS = ['fused', 'layers'];
const backends = opt('backends', 'webgpu,webgl,cpu').split(',');
const shapes = opt('shapes', 'small,large').split(',');
const seconds = Number(opt('seconds', '3'));
const runs = Number(opt('runs', '1'));
const padding = opt('padding', 'random');
for (const s of shapes) if (!SHAPES[s]) throw new Error(`unknown shape ${s}; use small, large`);
if (!['random', 'none'].includes(padding)) throw new Error(`unknown padding ${padding}; use random, none`);
if (!(runs >= 1)) throw new Error('--runs must be at least 1');

const page = await openBenchPage('bench/lstm.html', {
  gpu: flag('gpu'),
  headed: flag('headed'),
  build: !flag('no-build'),
});
const { tab } = page;

const available = await tab.evaluate(() => window.lstmBench.backends());
console.log(`[bench:lstm] Chromium ${page.version} (${page.chromiumPath})`);
for (const b of available)
  console.log(`  ${b.name}: ${b.ok ? 'available' : 'unavailable'}${b.device ? ` — ${b.device}` : ''}`);
const gpuDevice = available.find((b) => b.name === 'webgpu')?.device ?? '';
if (/swiftshader/i.test(gpuDevice)) {
  console.log('  WebGPU runs on SwiftShader, a CPU emulation: compare speeds only as ratios within one run.');
}
const usable = backends.filter((name) => available.find((b) => b.name === name)?.ok);

if (flag('profile')) {
  if (!usable.includes('webgpu')) throw new Error('--profile needs WebGPU');
  for (const shapeName of shapes) {
    const r = await tab.evaluate((cfg) => window.lstmBench.profile(cfg), {
      backend: 'webgpu',
      impl: 'fused',
      padding,
      ...SHAPES[shapeName],
    });
    console.log(
      `\nFusedLSTM training batch on WebGPU, ${shapeName} (${label(shapeName)}), padding ${padding}:`,
    );
    for (const l of r.lines) console.log(`  ${l.part.padEnd(74)} ${l.ms.toFixed(0).padStart(7)} ms`);
  }
  await page.close();
  process.exit(0);
}

function label(shapeName) {
  const s = SHAPES[shapeName];
  return `B${s.batch} T${s.steps} F${s.features} U${s.units}`;
}

const results = [];
for (let run = 1; run <= runs; run++) {
  if (runs > 1) console.log(`run ${run}/${runs}`);
  for (const shapeName of shapes) {
    for (const backend of usable) {
      for (const impl of IMPLS) {
        await tab.evaluate((cfg) => window.lstmBench.prepare(cfg), {
          backend,
          impl,
          padding,
          ...SHAPES[shapeName],
        });
        const cpu0 = browserCpuSeconds();
        await tab.evaluate((s) => window.lstmBench.timedBatches(s), seconds);
        const cpu1 = browserCpuSeconds();
        const r = await tab.evaluate(() => window.lstmBench.finish());
        const cpuPerBatch = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / r.batches;
        results.push({ run, shapeName, ...r, cpuPerBatch });
        console.log(
          `  ${shapeName.padEnd(5)} ${backend.padEnd(6)} ${impl.padEnd(6)} ${r.path.padEnd(12)} ` +
            `${r.sequencesPerSec.toFixed(1).padStart(8)} seq/s  ${r.msPerBatch.toFixed(0).padStart(7)} ms/batch` +
            (cpuPerBatch === null ? '' : `  ${cpuPerBatch.toFixed(1).padStart(6)} CPU-s/batch`) +
            `  (${r.batches} timed batch${r.batches === 1 ? '' : 'es'}${r.leakedTensors ? `, LEAKED ${r.leakedTensors} tensors` : ''})`,
        );
      }
    }
  }
}
await page.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pick = (shapeName, backend, impl) =>
  results.filter((r) => r.shapeName === shapeName && r.backend === backend && r.impl === impl);
const speed = (rs) => {
  const v = rs.map((r) => r.sequencesPerSec);
  const m = median(v).toFixed(1);
  return rs.length > 1 ? `${m} (${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})` : m;
};
const cpu = (rs) =>
  rs.some((r) => r.cpuPerBatch === null) ? '' : median(rs.map((r) => r.cpuPerBatch)).toFixed(1);
/** Median over runs of a per-run ratio (both sides measured in the same run). */
const ratio = (a, b) => median(a.map((r, i) => r.sequencesPerSec / b[i].sequencesPerSec));

const padText =
  padding === 'random' ? 'lengths uniform in [steps/2, steps], pre-padded' : 'every step real (no padding)';
console.log(
  `\nTraining sequences/s${runs > 1 ? `, median of ${runs} runs (min–max)` : ''}: Embedding(maskZero, frozen) → LSTM → Dense(1), Adam; ${padText}.`,
);
console.log(
  `${'shape'.padEnd(26)} ${'backend'.padEnd(7)} ${'FusedLSTM'.padStart(18)} ${'tf.layers.lstm'.padStart(18)} ${'fused ÷ layers'.padStart(15)}   CPU-s/batch fused, layers`,
);
for (const shapeName of shapes) {
  for (const backend of usable) {
    const f = pick(shapeName, backend, 'fused');
    const l = pick(shapeName, backend, 'layers');
    console.log(
      `${`${shapeName} ${label(shapeName)}`.padEnd(26)} ${backend.padEnd(7)} ${speed(f).padStart(18)} ${speed(l).padStart(18)}` +
        ` ${`${ratio(f, l).toFixed(1)}×`.padStart(15)}   ${cpu(f)}, ${cpu(l)}`,
    );
  }
}
console.log('');
for (const shapeName of shapes) {
  const gpu = pick(shapeName, 'webgpu', 'fused');
  const gpuLayers = pick(shapeName, 'webgpu', 'layers');
  if (!gpu.length || !gpuLayers.length) continue;
  const vsLayers = ratio(gpu, gpuLayers);
  // The slowest margin over any other (backend, layer): each compared within its own run.
  const others = usable
    .flatMap((backend) => IMPLS.map((impl) => ({ backend, impl })))
    .filter((o) => !(o.backend === 'webgpu' && o.impl === 'fused'))
    .map((o) => ({ ...o, margin: ratio(gpu, pick(shapeName, o.backend, o.impl)) }));
  const closest = others.reduce((a, b) => (a.margin <= b.margin ? a : b));
  const met = vsLayers >= 10 && closest.margin > 1 && usable.length === 3;
  console.log(
    `${shapeName}: FusedLSTM on WebGPU is ${vsLayers.toFixed(1)}× tf.layers.lstm on WebGPU and ` +
      `${closest.margin.toFixed(2)}× the fastest other (${closest.backend} ${closest.impl}) → target ` +
      `(≥ 10× and faster than every other backend${usable.length === 3 ? '' : ', all three backends measured'}) ${met ? 'met' : 'NOT met'}`,
  );
}

#!/usr/bin/env node
/**
 * `npm run bench:lstm`: training sequences/s of FusedLSTM and tf.layers.lstm on WebGPU, WebGL and
 * the CPU, in Chromium, on the production build's benchmark page (bench/lstm.html).
 *
 * Builds the app when dist/ is older than the sources, serves it with `vite preview` on a free
 * local port, opens the page in Chromium (found as the end-to-end tests find it) and prints a table
 * and the fused/tf.layers ratios. Options:
 *   --backends=webgpu,webgl,cpu   which backends (default all three)
 *   --shapes=small,large          small = batch 64, 100 steps, 100-dim input, 64 units;
 *                                 large = batch 256, 100 steps, 100-dim input, 128 units
 *   --seconds=3                   minimum timed seconds per measurement (after a warm-up batch)
 *   --gpu                         use the machine's GPU: drop the SwiftShader flags (see README)
 *   --headed                      show the browser window (the surest way to get a real GPU)
 *   --no-build                    use dist/ as it is
 */
import { openBenchPage } from './bench-page.mjs';

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
const backends = opt('backends', 'webgpu,webgl,cpu').split(',');
const shapes = opt('shapes', 'small,large').split(',');
const seconds = Number(opt('seconds', '3'));
for (const s of shapes) if (!SHAPES[s]) throw new Error(`unknown shape ${s}; use small, large`);

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
  console.log(
    '  WebGPU runs on SwiftShader, a CPU emulation: compare speeds only as ratios within this run.',
  );
}

const results = [];
for (const shapeName of shapes) {
  const shape = SHAPES[shapeName];
  for (const backend of backends) {
    if (!available.find((b) => b.name === backend)?.ok) continue;
    for (const impl of ['fused', 'layers']) {
      const r = await tab.evaluate((cfg) => window.lstmBench.train(cfg), {
        backend,
        impl,
        ...shape,
        minSeconds: seconds,
      });
      results.push({ shapeName, ...r });
      console.log(
        `  ${shapeName.padEnd(5)} ${backend.padEnd(6)} ${impl.padEnd(6)} ${r.path.padEnd(12)} ` +
          `${r.sequencesPerSec.toFixed(1).padStart(8)} seq/s  ${r.msPerBatch.toFixed(0).padStart(7)} ms/batch` +
          `  (${r.batches} timed batch${r.batches === 1 ? '' : 'es'}${r.leakedTensors ? `, LEAKED ${r.leakedTensors} tensors` : ''})`,
      );
    }
  }
}
await page.close();

console.log('\nTraining sequences/s (Embedding(maskZero, frozen) → LSTM → Dense(1), Adam, pre-padded):');
console.log('shape                        backend   FusedLSTM  tf.layers.lstm   fused ÷ layers');
for (const shapeName of shapes) {
  const s = SHAPES[shapeName];
  const label = `${shapeName} B${s.batch} T${s.steps} F${s.features} U${s.units}`.padEnd(28);
  for (const backend of backends) {
    const f = results.find((r) => r.shapeName === shapeName && r.backend === backend && r.impl === 'fused');
    const l = results.find((r) => r.shapeName === shapeName && r.backend === backend && r.impl === 'layers');
    if (!f || !l) continue;
    console.log(
      `${label} ${backend.padEnd(7)} ${f.sequencesPerSec.toFixed(1).padStart(10)} ${l.sequencesPerSec.toFixed(1).padStart(15)}` +
        ` ${(f.sequencesPerSec / l.sequencesPerSec).toFixed(1).padStart(15)}×`,
    );
  }
  const gpu = results.find((r) => r.shapeName === shapeName && r.backend === 'webgpu' && r.impl === 'fused');
  const others = results.filter(
    (r) => r.shapeName === shapeName && !(r.backend === 'webgpu' && r.impl === 'fused'),
  );
  if (gpu && others.length) {
    const best = others.reduce((a, b) => (a.sequencesPerSec >= b.sequencesPerSec ? a : b));
    console.log(
      `${label} FusedLSTM on WebGPU ÷ best other (${best.backend} ${best.impl}): ` +
        `${(gpu.sequencesPerSec / best.sequencesPerSec).toFixed(2)}×`,
    );
  }
}

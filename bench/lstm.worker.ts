/**
 * The LSTM benchmark's worker (it owns tfjs, as the classifier worker does in the app): FusedLSTM
 * against tf.layers.lstm, training throughput on each backend, and the parity checks the
 * end-to-end test runs. bench/lstm.ts forwards `window.lstmBench.<method>(...)` calls here.
 */
import { tf, tfl } from '../src/model/tf';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { Rng } from '../src/core/rng';
import {
  BACKWARD_KERNEL,
  FORWARD_KERNEL,
  fusedLstm,
  MATMUL_KERNEL,
  maskedLstmPath,
} from '../src/model/fusedLstm';
import { type CaseReport, compareWithLayers, parityCases } from '../src/model/fusedLstm/parity';
import { type CurveReport, compareTrainingCurves } from '../src/model/fusedLstm/training';

function log(line: string): void {
  postMessage({ log: line });
}

export interface TrainConfig {
  backend: string;
  impl: 'fused' | 'layers';
  batch: number;
  steps: number;
  /** Embedding width = LSTM input features. */
  features: number;
  units: number;
  /** train(): keep timing batches until this much time has passed (at least one batch). */
  minSeconds?: number;
  /**
   * 'random' (default): lengths uniform in [steps/2, steps], pre-padded, as classifier batches are;
   * 'none': every sequence has all `steps` real tokens (nothing for FusedLSTM's padding skip).
   */
  padding?: 'random' | 'none';
}

export interface TrainResult extends TrainConfig {
  /** 'webgpu-fused' or 'plain' for the fused layer, 'tf.layers' for the reference. */
  path: string;
  batches: number;
  msPerBatch: number;
  sequencesPerSec: number;
  /** Tensors alive after minus before the timed batches (must be 0). */
  leakedTensors: number;
  device: string;
}

function deviceName(): string {
  const b = tf.engine().backend as unknown as { adapterInfo?: { vendor?: string; architecture?: string } };
  if (tf.getBackend() === 'webgpu' && b.adapterInfo) {
    return [b.adapterInfo.vendor, b.adapterInfo.architecture].filter(Boolean).join(' ');
  }
  return '';
}

/** The benchmark's model and one batch of data (kept for the timed batches). */
interface BenchModel {
  model: tfl.LayersModel;
  lstm: tfl.layers.Layer;
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  dispose(): void;
}

/**
 * Embedding(1000, features, maskZero, frozen) → LSTM(units) → Dense(1, sigmoid), Adam, binary
 * cross-entropy: the classifier's shape. Sequences are pre-padded to `steps`, with lengths in
 * [steps/2, steps]. Both LSTM implementations get the same model, data and seeds.
 */
function benchModel(cfg: TrainConfig): BenchModel {
  const vocab = 1000;
  const rng = new Rng(cfg.batch * 131 + cfg.steps);
  const input = tfl.input({ shape: [cfg.steps], dtype: 'int32' });
  const embedded = tfl.layers
    .embedding({
      inputDim: vocab,
      outputDim: cfg.features,
      maskZero: true,
      trainable: false,
      embeddingsInitializer: tfl.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 1 }),
    })
    .apply(input);
  const lstmArgs = {
    units: cfg.units,
    kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }),
    recurrentInitializer: tfl.initializers.glorotUniform({ seed: 3 }),
  };
  const lstm = cfg.impl === 'fused' ? fusedLstm(lstmArgs) : tfl.layers.lstm(lstmArgs);
  const h = lstm.apply(embedded) as tfl.SymbolicTensor;
  const out = tfl.layers
    .dense({
      units: 1,
      activation: 'sigmoid',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: 4 }),
    })
    .apply(h) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: out });
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'binaryCrossentropy' });
  const ids = new Int32Array(cfg.batch * cfg.steps);
  const labels = new Float32Array(cfg.batch);
  for (let b = 0; b < cfg.batch; b++) {
    const random = Math.ceil(cfg.steps / 2) + rng.int(Math.floor(cfg.steps / 2) + 1);
    const len = cfg.padding === 'none' ? cfg.steps : random;
    for (let t = cfg.steps - len; t < cfg.steps; t++) ids[b * cfg.steps + t] = 1 + rng.int(vocab - 1);
    labels[b] = rng.int(2);
  }
  const x = tf.tensor2d(ids, [cfg.batch, cfg.steps], 'int32');
  const y = tf.tensor2d(labels, [cfg.batch, 1]);
  return {
    model,
    lstm,
    x,
    y,
    dispose: () => {
      tf.dispose([x, y]);
      model.dispose();
    },
  };
}

/** The model being timed (between prepare and finish). */
let prepared: { cfg: TrainConfig; bm: BenchModel; tensors: number; batches: number; ms: number } | null =
  null;

/**
 * Builds the benchmark model on `cfg.backend` and trains one batch (which compiles the shaders), so
 * that timedBatches measures training only. The caller can read its own clocks around timedBatches.
 */
async function prepare(cfg: TrainConfig): Promise<void> {
  if (prepared) prepared.bm.dispose();
  prepared = null;
  await tf.setBackend(cfg.backend);
  await tf.ready();
  const bm = benchModel(cfg);
  await bm.model.trainOnBatch(bm.x, bm.y);
  prepared = { cfg, bm, tensors: tf.memory().numTensors, batches: 0, ms: 0 };
}

/** Trains the prepared model until `minSeconds` have passed (at least one batch, at most 50). */
async function timedBatches(minSeconds: number): Promise<{ batches: number; msPerBatch: number }> {
  if (!prepared) throw new Error('timedBatches before prepare');
  const { bm } = prepared;
  let batches = 0;
  const t0 = performance.now();
  do {
    // trainOnBatch resolves with the loss read back, so each batch is complete when it returns.
    await bm.model.trainOnBatch(bm.x, bm.y);
    batches++;
  } while (performance.now() - t0 < minSeconds * 1000 && batches < 50);
  const ms = performance.now() - t0;
  prepared.batches += batches;
  prepared.ms += ms;
  return { batches, msPerBatch: ms / batches };
}

/** Disposes the prepared model and reports its timed batches. */
async function finish(): Promise<TrainResult> {
  if (!prepared) throw new Error('finish before prepare');
  const { cfg, bm, tensors, batches, ms } = prepared;
  const leakedTensors = tf.memory().numTensors - tensors;
  bm.dispose();
  prepared = null;
  const path = cfg.impl === 'fused' ? maskedLstmPath(cfg.units) : 'tf.layers';
  const msPerBatch = ms / batches;
  const result: TrainResult = {
    ...cfg,
    path,
    batches,
    msPerBatch,
    sequencesPerSec: cfg.batch / (msPerBatch / 1000),
    leakedTensors,
    device: deviceName(),
  };
  log(
    `${cfg.backend.padEnd(6)} ${cfg.impl.padEnd(6)} (${path}) B=${cfg.batch} T=${cfg.steps} F=${cfg.features} ` +
      `U=${cfg.units}: ${result.sequencesPerSec.toFixed(1)} seq/s (${msPerBatch.toFixed(0)} ms/batch, ${batches} batches)`,
  );
  return result;
}

/** Training sequences/s of the benchmark model (see benchModel): prepare, timed batches, finish. */
async function train(cfg: TrainConfig): Promise<TrainResult> {
  await prepare(cfg);
  await timedBatches(cfg.minSeconds ?? 3);
  return finish();
}

export interface ProfileLine {
  /** What ran: a kernel (with its input shapes), a part of one, or a total. */
  part: string;
  ms: number;
}

export interface ProfileResult extends TrainConfig {
  /** Wall-clock milliseconds of the profiled training batch. */
  wallMs: number;
  /** The batch's kernels by GPU time (WebGPU timestamp queries), largest first, then totals. */
  lines: ProfileLine[];
}

/** GPU milliseconds of `fn`'s kernels (WebGPU timestamp queries), its result disposed. */
async function gpuMs(fn: () => tf.Tensor | tf.Tensor[]): Promise<number> {
  const t = await tf.time(() => {
    tf.dispose(fn());
  });
  return t.kernelMs as number;
}

/**
 * Where one training batch of the benchmark model spends its time on WebGPU: every kernel of a
 * real trainOnBatch with its GPU time (timestamp queries, so waiting and read-back are not in
 * them), named after the layer part it belongs to; the fused forward kernel split into its input
 * projection and the rest (recurrence, ordering, slice) by timing the projection alone.
 */
async function profile(cfg: TrainConfig): Promise<ProfileResult> {
  await tf.setBackend('webgpu');
  await tf.ready();
  const webgpu = tf.backend() as unknown as { supportTimestampQuery?: boolean };
  if (!webgpu.supportTimestampQuery)
    throw new Error('this WebGPU adapter has no timestamp queries to profile with');
  const bm = benchModel({ ...cfg, backend: 'webgpu' });
  await bm.model.trainOnBatch(bm.x, bm.y);
  const t0 = performance.now();
  const info = await tf.profile(async () => {
    await bm.model.trainOnBatch(bm.x, bm.y);
  });
  const wallMs = performance.now() - t0;
  const { batch: B, steps: T, features: F, units: U } = cfg;
  const named = (k: { name: string; inputShapes: number[][] }): string => {
    const shapes = k.inputShapes.map((s) => `[${s}]`).join(' ');
    if (k.name === FORWARD_KERNEL) return 'FusedLSTM forward (input projection + recurrence)';
    if (k.name === BACKWARD_KERNEL) return 'FusedLSTM backward recurrence (BPTT)';
    if (k.name === MATMUL_KERNEL) {
      const m = k.inputShapes[0][1];
      const what =
        m === F ? 'dW = xᵀ·dz' : m === 4 * U ? 'dx = dz·Wᵀ' : m === 1 ? 'db = 1ᵀ·dz' : 'dR = h_{t−1}ᵀ·dz';
      return `FusedLSTM ${what} ${shapes}`;
    }
    if (k.name === 'GatherV2') return `Embedding lookup (GatherV2) ${shapes}`;
    return `${k.name} ${shapes}`;
  };
  const lines: ProfileLine[] = [];
  let total = 0;
  let other = 0;
  let others = 0;
  for (const k of info.kernels) {
    const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
    total += ms;
    if (ms < 0.01 * wallMs && k.name !== FORWARD_KERNEL) {
      other += ms;
      others++;
    } else lines.push({ part: named(k), ms });
  }
  lines.sort((a, b) => b.ms - a.ms);
  // The forward kernel's input projection alone, on the same shapes and padding.
  const x = tf.tidy(() => tf.reshape(bm.model.layers[1].apply(bm.x) as tf.Tensor, [B * T, F]));
  const mask = tf.notEqual(bm.x, 0);
  const [kernel, , bias] = bm.lstm.trainableWeights.map((v) => v.read());
  const projection = await gpuMs(
    () =>
      tf
        .engine()
        .runKernel(
          MATMUL_KERNEL,
          { a: x, b: kernel, bias, mask },
          { m: B * T, k: F, transposeA: false, aOffset: 0 },
        ) as tf.Tensor,
  );
  tf.dispose([x, mask]);
  const fwd = lines.find((l) => l.part.startsWith('FusedLSTM forward'));
  if (fwd) {
    lines.splice(
      lines.indexOf(fwd) + 1,
      0,
      { part: '  of which input projection x·W + b (timed alone)', ms: projection },
      { part: '  of which recurrence, ordering, slice', ms: fwd.ms - projection },
    );
  }
  lines.push(
    { part: `${others} other kernels (Dense, loss, Adam, transposes, …), each under 1%`, ms: other },
    { part: 'all kernels (GPU time)', ms: total },
    { part: 'wall clock of the batch (incl. scheduling, loss read-back)', ms: wallMs },
  );
  bm.dispose();
  log(`profile ${cfg.impl} B=${B} T=${T} F=${F} U=${U}:`);
  for (const l of lines) log(`  ${l.part.padEnd(72)} ${l.ms.toFixed(0).padStart(7)} ms`);
  return { ...cfg, wallMs, lines };
}

/** Which backends start here, with the WebGPU adapter when there is one. */
async function backends(): Promise<{ name: string; ok: boolean; device: string }[]> {
  const out = [];
  for (const name of ['webgpu', 'webgl', 'cpu']) {
    let ok = false;
    try {
      ok = await tf.setBackend(name);
    } catch {
      ok = false;
    }
    out.push({ name, ok, device: ok ? deviceName() : '' });
  }
  await tf.setBackend('cpu');
  log(
    `backends: ${out.map((b) => `${b.name}${b.ok ? '' : ' (unavailable)'}${b.device ? ` [${b.device}]` : ''}`).join(', ')}`,
  );
  return out;
}

/** FusedLSTM on `backend` vs tf.layers.lstm on the CPU, over the standard cases (or the first `limit`). */
async function parity(backend: string, limit?: number): Promise<CaseReport[]> {
  const cases = parityCases().slice(0, limit);
  const reports = await compareWithLayers(cases, backend);
  for (const r of reports)
    log(`parity ${backend} ${r.path} ${r.name}: max relative error ${r.maxError.toExponential(2)}`);
  return reports;
}

async function curves(backend: string, padding: 'pre' | 'post'): Promise<CurveReport> {
  const r = await compareTrainingCurves(backend, padding);
  log(
    `loss curve ${backend} ${padding}: fused ${r.fused.map((l) => l.toFixed(5))} vs cpu tf.layers ${r.reference.map((l) => l.toFixed(5))}`,
  );
  return r;
}

export const api = {
  backends,
  parity,
  curves,
  prepare,
  timedBatches,
  finish,
  train,
  profile,
  numTensors: async () => tf.memory().numTensors,
};
export type LstmBenchApi = typeof api;

interface Call {
  id: number;
  method: keyof LstmBenchApi;
  args: unknown[];
}

self.onmessage = async (e: MessageEvent<Call>) => {
  const { id, method, args } = e.data;
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    postMessage({ id, result: await fn(...args) });
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
};
postMessage({ log: 'worker ready' });

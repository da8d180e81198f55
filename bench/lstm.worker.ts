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
  /** Keep timing batches until this much time has passed (at least one batch). */
  minSeconds?: number;
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

/**
 * Training sequences/s of Embedding(1000, features, maskZero, frozen) → LSTM(units) → Dense(1):
 * the classifier's shape. Sequences are pre-padded to `steps`, with lengths in [steps/2, steps].
 */
async function train(cfg: TrainConfig): Promise<TrainResult> {
  await tf.setBackend(cfg.backend);
  await tf.ready();
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
    const len = Math.ceil(cfg.steps / 2) + rng.int(Math.floor(cfg.steps / 2) + 1);
    for (let t = cfg.steps - len; t < cfg.steps; t++) ids[b * cfg.steps + t] = 1 + rng.int(vocab - 1);
    labels[b] = rng.int(2);
  }
  const x = tf.tensor2d(ids, [cfg.batch, cfg.steps], 'int32');
  const y = tf.tensor2d(labels, [cfg.batch, 1]);
  // The first batch compiles the shaders.
  await model.trainOnBatch(x, y);
  const before = tf.memory().numTensors;
  const minMs = (cfg.minSeconds ?? 3) * 1000;
  let batches = 0;
  const t0 = performance.now();
  do {
    // trainOnBatch resolves with the loss read back, so each batch is complete when it returns.
    await model.trainOnBatch(x, y);
    batches++;
  } while (performance.now() - t0 < minMs && batches < 50);
  const ms = (performance.now() - t0) / batches;
  const leakedTensors = tf.memory().numTensors - before;
  tf.dispose([x, y]);
  model.dispose();
  const path = cfg.impl === 'fused' ? maskedLstmPath(cfg.units) : 'tf.layers';
  const result: TrainResult = {
    ...cfg,
    path,
    batches,
    msPerBatch: ms,
    sequencesPerSec: cfg.batch / (ms / 1000),
    leakedTensors,
    device: deviceName(),
  };
  log(
    `${cfg.backend.padEnd(6)} ${cfg.impl.padEnd(6)} (${path}) B=${cfg.batch} T=${cfg.steps} F=${cfg.features} ` +
      `U=${cfg.units}: ${result.sequencesPerSec.toFixed(1)} seq/s (${ms.toFixed(0)} ms/batch, ${batches} batches)`,
  );
  return result;
}

/** Milliseconds per call of `fn` (after one warm-up call), synchronised by reading one number back. */
async function timeIt(fn: () => tf.Tensor, reps: number): Promise<number> {
  const sync = async () => {
    const t = fn();
    const s = tf.slice(tf.reshape(t, [-1]), 0, 1);
    await s.data();
    tf.dispose([t, s]);
  };
  await sync();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await sync();
  return (performance.now() - t0) / reps;
}

/** Where the fused layer's time goes on WebGPU: each kernel alone, then forward and forward+backward. */
async function profile(cfg: {
  batch: number;
  steps: number;
  features: number;
  units: number;
  reps?: number;
}) {
  await tf.setBackend('webgpu');
  const { batch: B, steps: T, features: F, units: U } = cfg;
  const reps = cfg.reps ?? 3;
  const G = 4 * U;
  const x = tf.randomUniform([B, T, F], -1, 1, 'float32', 1) as tf.Tensor3D;
  const kernel = tf.randomUniform([F, G], -0.1, 0.1, 'float32', 2) as tf.Tensor2D;
  const rec = tf.randomUniform([U, G], -0.1, 0.1, 'float32', 3) as tf.Tensor2D;
  const bias = tf.zeros([G]) as tf.Tensor1D;
  const mask = tf.cast(tf.greater(tf.randomUniform([B, T], 0, 1, 'float32', 4), 0.3), 'bool');
  const attrs = { hard: true, reverse: false };
  const fwdInputs = { x, kernel, recurrentKernel: rec, bias, mask };
  const [value, ws] = tf.engine().runKernel(FORWARD_KERNEL, fwdInputs, attrs) as tf.Tensor[];
  const dv = tf.randomUniform([B, T + 1, U], -1, 1, 'float32', 5);
  const rt = tf.transpose(rec);
  const out: Record<string, number> = {};
  const x2 = tf.reshape(x, [B * T, F]);
  const dz = tf.randomUniform([B * T, G], -1, 1, 'float32', 6);
  out.inputProjectionMs = await timeIt(() => tf.fused.matMul({ a: x2, b: kernel, bias }), reps);
  out.matMulPlainMs = await timeIt(() => tf.matMul(x2, kernel), reps);
  const mm = { m: B * T, k: F, transposeA: false, aOffset: 0 };
  out.vec4MatMulMs = await timeIt(
    () => tf.engine().runKernel(MATMUL_KERNEL, { a: x2, b: kernel }, mm) as tf.Tensor,
    reps,
  );
  out.matMulDxMs = await timeIt(() => tf.matMul(dz, kernel, false, true), reps);
  out.matMulDwMs = await timeIt(() => tf.matMul(x2, dz, true, false), reps);
  // The forward kernel: projection matMul + recurrence dispatch + slice.
  out.forwardKernelMs = await timeIt(() => {
    const [v, w] = tf.engine().runKernel(FORWARD_KERNEL, fwdInputs, attrs) as tf.Tensor[];
    v.dispose();
    return w;
  }, reps);
  out.backwardKernelMs = await timeIt(
    () => tf.engine().runKernel(BACKWARD_KERNEL, { ws, rt, mask, dv }, attrs) as tf.Tensor,
    reps,
  );
  const layer = fusedLstm({ units: U, kernelInitializer: 'zeros', recurrentInitializer: 'zeros' });
  out.layerForwardMs = await timeIt(() => layer.apply(x, { mask }) as tf.Tensor, reps);
  const vars = layer.trainableWeights.map((v) => v.read() as tf.Variable);
  out.layerForwardBackwardMs = await timeIt(() => {
    const { value, grads } = tf.variableGrads(
      () => tf.sum(layer.apply(x, { mask }) as tf.Tensor) as tf.Scalar,
      vars,
    );
    const total = tf.addN(Object.values(grads).map((g) => tf.sum(g)));
    tf.dispose([value, ...Object.values(grads)]);
    return total;
  }, reps);
  tf.dispose([x, kernel, rec, bias, mask, value, ws, dv, rt, dz]);
  layer.dispose();
  log(`profile ${JSON.stringify(cfg)}: ${JSON.stringify(out)}`);
  return out;
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

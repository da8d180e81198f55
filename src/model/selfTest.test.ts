import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTranspose, maskedLstmGradients, relativeError, selectBackend } from './selfTest';
import { tf } from './tf';

/**
 * Registers a CPU-based backend whose Transpose kernel reproduces tfjs issue 8638: int32 and bool
 * inputs over 1000 elements come back as zeros. The self-test must refuse it.
 */
function registerBrokenTransposeBackend(name: string): void {
  tf.registerBackend(name, () => new MathBackendCPU(), 1);
  for (const k of tf.getKernelsForBackend('cpu')) {
    if (k.kernelName === 'Transpose') {
      tf.registerKernel({
        ...k,
        backendName: name,
        kernelFunc: (args) => {
          const x = args.inputs.x as tf.TensorInfo;
          const out = k.kernelFunc(args) as tf.TensorInfo;
          const size = x.shape.reduce((a, b) => a * b, 1);
          if (x.dtype === 'float32' || size <= 1000) return out;
          const backend = args.backend as MathBackendCPU;
          const zeros = backend.makeTensorInfo(out.shape, out.dtype, new Int32Array(size));
          backend.disposeIntermediateTensorInfo(out);
          return zeros;
        },
      });
    } else {
      tf.registerKernel({ ...k, backendName: name });
    }
  }
}

/** A backend that cannot start, like WebGPU in a browser without an adapter. */
function registerFailingBackend(name: string): void {
  tf.registerBackend(name, () => {
    throw new Error('no adapter');
  });
}

describe('backend self-test', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    registerBrokenTransposeBackend('broken-transpose');
    registerFailingBackend('no-adapter');
  });

  it('accepts a correct transpose', async () => {
    await tf.setBackend('cpu');
    expect(await checkTranspose()).toBeNull();
  });

  it('computes non-trivial masked-LSTM gradients, identical on repeated runs', async () => {
    await tf.setBackend('cpu');
    const a = await maskedLstmGradients();
    const b = await maskedLstmGradients();
    expect(Number.isFinite(a.loss)).toBe(true);
    expect(a.grads.length).toBe(6); // embedding, LSTM kernel/recurrent/bias, dense kernel/bias
    expect(relativeError(a.grads, b.grads)).toBe(0);
    const lstmKernelGrad = a.grads.find((g) => g.length === 8 * 32);
    expect(lstmKernelGrad?.some((v) => v !== 0)).toBe(true);
  });

  it('measures relative error, treating NaN and shape mismatch as failures', () => {
    const ref = [new Float32Array([1, -2, 4])];
    expect(relativeError([new Float32Array([1, -2, 4.004])], ref)).toBeCloseTo(0.001, 6);
    expect(relativeError([new Float32Array([1, Number.NaN, 4])], ref)).toBeNaN();
    expect(relativeError([new Float32Array([1, 2])], ref)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses a backend whose int32 transpose is broken and one that will not start, then falls back', async () => {
    const report = await selectBackend(['no-adapter', 'broken-transpose', 'cpu']);
    expect(report.chosen).toBe('cpu');
    expect(report.checks.map((c) => c.status)).toEqual(['unavailable', 'refused', 'accepted']);
    expect(report.checks[0].reason.text).toMatch(/^Would not start/);
    expect(report.checks[1].reason.text).toMatch(/int32 transpose returned \d+ wrong values/);
    expect(tf.getBackend()).toBe('cpu');
  });

  it('stops at the first correct backend and marks the rest untried', async () => {
    const report = await selectBackend(['cpu', 'broken-transpose']);
    expect(report.chosen).toBe('cpu');
    expect(report.checks.map((c) => c.status)).toEqual(['accepted', 'untried']);
  });
});

/**
 * The masked LSTM in plain tfjs ops, for the CPU and WebGL backends (and any other): differentiable
 * by tfjs's own autodiff, so it needs no custom gradient. It already does what tf.layers.lstm does
 * not: the input projection for all steps is one matMul, and the mask is sliced per step without a
 * transpose (the int/bool transpose is what tfjs 4.22's WebGPU backend gets wrong).
 *
 * Per step, exactly the Keras/tfjs LSTMCell arithmetic followed by the tfjs `rnn()` masking blend
 * `new·m + old·(1−m)`, so values and gradients match tf.layers.lstm to rounding.
 */
import { tf } from '../tf';
import type { MaskedLstmOptions, MaskedLstmResult, MaskedLstmWeights } from './types';

function gate(z: tf.Tensor2D, kind: MaskedLstmOptions['recurrentActivation']): tf.Tensor2D {
  // tfjs-layers' hardSigmoid: clip(0.5 + 0.2·z, 0, 1).
  return kind === 'sigmoid'
    ? tf.sigmoid(z)
    : tf.clipByValue(tf.add(0.5, tf.mul(0.2, z)) as tf.Tensor2D, 0, 1);
}

/**
 * @param x [B, T, F] float32 inputs.
 * @param mask [B, T] (bool, int or float; nonzero = real step) or null for no masking.
 */
export function maskedLstmPlain(
  x: tf.Tensor3D,
  mask: tf.Tensor | null,
  w: MaskedLstmWeights,
  opts: MaskedLstmOptions,
): MaskedLstmResult {
  return tf.tidy(() => {
    const [batch, steps, features] = x.shape;
    const units = w.recurrentKernel.shape[0];
    // [B·T, F] × [F, G] (+ bias) → [B, T, G]: every step's input projection in one product.
    let xw = tf.matMul(tf.reshape(x, [batch * steps, features]), w.kernel);
    if (w.bias) xw = tf.add(xw, w.bias);
    const perStep = tf.unstack(tf.reshape(xw, [batch, steps, 4 * units]), 1) as tf.Tensor2D[];
    // [B, T] → T × [B, 1] float 0/1.
    const perStepMask = mask
      ? (tf.unstack(tf.cast(tf.notEqual(mask, 0), 'float32'), 1) as tf.Tensor1D[]).map((m) =>
          tf.expandDims(m, 1),
        )
      : null;
    let h: tf.Tensor2D = tf.zeros([batch, units]);
    let c: tf.Tensor2D = tf.zeros([batch, units]);
    const outputs: tf.Tensor2D[] = [];
    for (let k = 0; k < steps; k++) {
      const t = opts.goBackwards ? steps - 1 - k : k;
      const z = tf.add(perStep[t], tf.matMul(h, w.recurrentKernel));
      const [zi, zf, zc, zo] = tf.split(z, 4, 1) as tf.Tensor2D[];
      const i = gate(zi, opts.recurrentActivation);
      const f = gate(zf, opts.recurrentActivation);
      const o = gate(zo, opts.recurrentActivation);
      const cNew: tf.Tensor2D = tf.add(tf.mul(f, c), tf.mul(i, tf.tanh(zc)));
      const hNew: tf.Tensor2D = tf.mul(o, tf.tanh(cNew));
      if (perStepMask) {
        const m = perStepMask[t];
        const keep = tf.sub(1, m);
        h = tf.add(tf.mul(hNew, m), tf.mul(h, keep)) as tf.Tensor2D;
        c = tf.add(tf.mul(cNew, m), tf.mul(c, keep)) as tf.Tensor2D;
      } else {
        h = hNew;
        c = cNew;
      }
      if (opts.returnSequences) outputs.push(h);
    }
    const sequence = opts.returnSequences ? (tf.stack(outputs, 1) as tf.Tensor3D) : null;
    // tidy keeps every tensor in the returned object; null is not a TensorContainer in its typing.
    return { sequence, h, c } as unknown as tf.TensorContainerObject;
  }) as unknown as MaskedLstmResult;
}

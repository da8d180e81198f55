/**
 * The training-level proof: the classifier trained with the fused LSTM on one backend gives the
 * same per-epoch loss curve, from the same seed, as with tf.layers.lstm on the CPU backend.
 */
import { buildClassifier } from '../classifier';
import { PARITY_FIT, PARITY_MAXLEN, PARITY_SPEC, parityData } from '../parity';
import { tf } from '../tf';
import { compileClassifier, fitClassifier } from '../train';

async function curve(impl: 'fused' | 'layers', padding: 'pre' | 'post'): Promise<number[]> {
  const model = buildClassifier({ ...PARITY_SPEC, lstmImpl: impl });
  compileClassifier(model, 2, PARITY_FIT);
  const res = await fitClassifier(
    model,
    parityData(128, 1, padding),
    parityData(32, 2, padding),
    PARITY_MAXLEN,
    2,
    PARITY_FIT,
  );
  model.dispose();
  return res.epochs.map((e) => e.loss);
}

export interface CurveReport {
  padding: 'pre' | 'post';
  backend: string;
  /** tf.layers.lstm on the CPU backend. */
  reference: number[];
  /** FusedLSTM on `backend`. */
  fused: number[];
  maxDiff: number;
}

/** Trains both ways and compares; leaves `backend` active. */
export async function compareTrainingCurves(backend: string, padding: 'pre' | 'post'): Promise<CurveReport> {
  await tf.setBackend('cpu');
  const reference = await curve('layers', padding);
  await tf.setBackend(backend);
  const fused = await curve('fused', padding);
  let maxDiff = 0;
  for (let i = 0; i < reference.length; i++) maxDiff = Math.max(maxDiff, Math.abs(reference[i] - fused[i]));
  return { padding, backend, reference, fused, maxDiff };
}

/**
 * One word2vec speed measurement in the current thread, with no Node or DOM dependency, so the
 * Node bench and a browser worker run exactly the same code. Words are corpus ids read (the C
 * tool's word count: `</s>` and subsampled words included); the clock covers `train` calls only,
 * not building the model or compiling the kernel.
 */
import { W2VModel } from '../src/core/w2v/model.ts';
import type { W2VOptions } from '../src/core/w2v/options.ts';
import { createTrainer, type EngineChoice } from '../src/core/w2v/trainer.ts';
import type { CorpusData } from '../src/core/w2v/vocab.ts';

export interface MeasureResult {
  words: number;
  seconds: number;
  wordsPerSec: number;
  /** Mean loss per pair over the run (NaN when the loss is off). */
  loss: number;
  engine: 'wasm' | 'ts';
}

export async function measureSingleThread(
  data: CorpusData,
  options: Partial<W2VOptions>,
  engine: EngineChoice = 'auto',
  now: () => number = () => performance.now(),
): Promise<MeasureResult> {
  const model = W2VModel.create(data, options);
  const trainer = await createTrainer(model, { engine });
  let lossSum = 0;
  let pairs = 0;
  const t0 = now();
  while (!trainer.done) {
    const p = trainer.train(100_000);
    lossSum += p.lossSum;
    pairs += p.pairs;
  }
  const seconds = (now() - t0) / 1000;
  return {
    words: trainer.wordsDone,
    seconds,
    wordsPerSec: trainer.wordsDone / seconds,
    loss: pairs > 0 && model.config.loss ? lossSum / pairs : Number.NaN,
    engine: trainer.engine,
  };
}

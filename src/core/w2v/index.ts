/**
 * word2vec as its authors wrote it (word2vec.c, 2013), in TypeScript + WebAssembly SIMD.
 *
 * Order of use (in a worker; nothing here touches the DOM):
 *
 *   const config = resolveOptions(userOptions);          // UserError before any work
 *   const data = buildCorpus(text, { minCount: config.minCount, maxVocab: config.maxVocab });
 *   //   or: const b = new CorpusBuilder(...); b.push(chunk) …; const data = b.finish();
 *   const model = W2VModel.create(data, config, { shared: crossOriginIsolated, workers: n });
 *   const trainer = await createTrainer(model, { worker: 0 });   // helpers: createTrainer(model.handle, { worker: k })
 *   while (!trainer.done) { const p = trainer.train(50_000); report(p); await yieldToEvents(); }
 *   const vectors = model.syn0.slice();                  // V × D float32, row i = data.vocab.words[i]
 *
 * Shapes and units are documented where each is defined: `Vocab`/`CorpusData` (vocab.ts),
 * `ModelLayout`/`ModelHandle` (model.ts), `TrainProgress`/`EpochLoss` and what a training pair is
 * (trainer.ts), the C tool's tables (tables.ts).
 */
export { buildHuffman, type HuffmanTree } from './huffman.ts';
export { CLcg } from './lcg.ts';
export {
  initSyn0,
  type ModelHandle,
  type ModelInit,
  type ModelLayout,
  type ModelSettings,
  shardRange,
  W2VModel,
} from './model.ts';
export { DEFAULT_OPTIONS, resolveOptions, type W2VConfig, type W2VOptions } from './options.ts';
export {
  type InputTrace,
  type OutputTrace,
  PairTrace,
  type SubsampleDecision,
} from './trace.ts';
export {
  createTrainer,
  type EngineChoice,
  type EpochLoss,
  Trainer,
  type TrainerOptions,
  type TrainProgress,
  trainWord2Vec,
} from './trainer.ts';
export {
  buildCorpus,
  CorpusBuilder,
  type CorpusData,
  type CorpusOptions,
  SENTENCE_END,
  type Vocab,
} from './vocab.ts';

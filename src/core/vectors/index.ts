/** Word vectors: types, file formats, queries, evaluation and PCA. Pure TypeScript, no DOM. */

export {
  type AnalogyReport,
  averageRanks,
  type EvalOptions,
  evaluateWordAnalogies,
  evaluateWordPairs,
  parseAnalogies,
  parseWordPairs,
  pearson,
  type SectionScore,
  spearman,
  type WordPairReport,
} from './evaluate.ts';
export { formatFixed6, formatFloat32, parseDecimal } from './numbers.ts';
export { type PcaOptions, type PcaResult, pca } from './pca.ts';
export { type AxisEnd, type Neighbour, type SearchOptions, VectorSpace, type WordRef } from './query.ts';
export {
  detectFormat,
  type Metadata,
  parseMetadata,
  type ReadOptions,
  type ReadResult,
  readGlove,
  readProjectorTsv,
  readVectors,
  readWord2vecBinary,
  readWord2vecText,
  type VectorFormat,
} from './read.ts';
export type { KeepFilter } from './sink.ts';
export {
  type AbortSignalLike,
  type ByteSource,
  chunksOf,
  concatBytes,
  type ReadableStreamLike,
  splitBytes,
} from './source.ts';
export { SpellingIndex } from './spelling.ts';
export { TopK } from './topk.ts';
export { normalizeRows, row, type VectorSet, wordIndex } from './types.ts';
export {
  csvField,
  type ExtraColumn,
  type ProjectorFiles,
  word2vecBinaryChunks,
  word2vecTextChunks,
  writeCoordinatesCsv,
  writeProjector,
  writeWord2vecBinary,
  writeWord2vecText,
} from './write.ts';

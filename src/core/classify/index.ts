/**
 * The classifier's data side, pure TypeScript (no tfjs). Order of use:
 * read (readers) → validate → stratifiedSplit → clean (../text/clean) → Tokenizer.fitOnTexts on
 * the training texts → textsToSequences → padSequences (maxlen from defaultMaxlen) →
 * buildEmbeddingMatrix or randomEmbedding → (tfjs model, elsewhere) → classificationReport.
 */
export * from './csv';
export * from './embedding';
export * from './metrics';
export * from './params';
export * from './readers';
export * from './sequences';
export * from './split';
export * from './tokenizer';
export * from './validate';

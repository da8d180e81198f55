// Byte offsets of the per-worker context block that the TypeScript side fills and the
// AssemblyScript kernel reads. This file is valid TypeScript and valid AssemblyScript: both
// sides import it, so the layout cannot drift. All fields are i32 unless noted.

/** Vector size D. */
export const CTX_SIZE = 0;
export const CTX_WINDOW = 4;
export const CTX_NEGATIVE = 8;
/** 1 = hierarchical softmax on. */
export const CTX_HS = 12;
/** 1 = CBOW, 0 = skip-gram. */
export const CTX_CBOW = 16;
export const CTX_VOCAB_SIZE = 20;
export const CTX_TABLE_SIZE = 24;
/** Byte addresses of the shared arrays (0 = absent). */
export const CTX_SYN0 = 28;
export const CTX_SYN1 = 32;
export const CTX_SYN1NEG = 36;
export const CTX_EXP_TABLE = 40;
export const CTX_KEEP = 44;
/** The unigram table as runs (tables.ts `UnigramIndex`): `starts`, V + 1 i32. */
export const CTX_TABLE = 48;
export const CTX_CODE_LENGTHS = 52;
export const CTX_CODE_OFFSETS = 56;
export const CTX_CODES = 60;
export const CTX_POINTS = 64;
export const CTX_CORPUS = 68;
/** Byte addresses of this worker's scratch: neu1 and neu1e (D floats each), sentence (1000 i32). */
export const CTX_NEU1 = 72;
export const CTX_NEU1E = 76;
export const CTX_SENTENCE = 80;
/** 1 = accumulate the loss. */
export const CTX_LOSS_ON = 84;
/** Byte address of the −log σ interpolation table (tables.ts, `buildLossTable`). */
export const CTX_LOSS_TABLE = 88;
/** The unigram index's `coarse` array (i32) and its `shift`. */
export const CTX_COARSE = 92;
export const CTX_COARSE_SHIFT = 120;
/** u64: the C tool's next_random for this worker. */
export const CTX_RNG = 96;
/** f64: summed −log-likelihood since the host last reset it. */
export const CTX_LOSS_SUM = 104;
/** f64: training pairs counted in CTX_LOSS_SUM. */
export const CTX_PAIRS = 112;
/** Size of the block; keeps the scratch arrays after it 16-byte aligned. */
export const CTX_BYTES = 128;

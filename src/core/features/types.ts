/**
 * A feature set: one fixed-length vector per labelled text, the input of the classifiers that
 * work on vectors (gradient-boosted trees, logistic regression, an MLP) rather than on token
 * sequences. Any source can produce one — the mean of a text's word vectors, a transformer's
 * sentence embedding — and every classifier splits it the same way the LSTM classifier splits
 * its texts (`stratifiedSplit` with the same fractions and seed), so their test reports compare.
 */
import type { SplitFractions } from '../classify/split';

export interface FeatureSet {
  /** What the vectors are, for tables and messages, e.g. "mean word vectors (word2vec on Moby Dick)". */
  name: string;
  /** Class names; `y` holds indices into this array (sorted as `validateLabelled` sorts them). */
  labels: string[];
  /** n class indices in [0, labels.length), in the order of the validated labelled records. */
  y: Int32Array;
  /** n × d features, row-major float32 (row i is text i). Transferred across worker boundaries. */
  x: Float32Array;
  /** Features per row. */
  d: number;
  /**
   * Identifies the labelled texts, their order and the split (see `labelledDataKey`): two
   * results with the same key were tested on the same test texts. Absent = unknown data.
   */
  dataKey?: string;
  /** The split to use; absent = `DEFAULT_SPLIT` (70/15/15). */
  split?: SplitFractions;
  /** The split's seed; absent = 42, the Classify tab's default (`DEFAULT_DATASET.seed`). */
  seed?: number;
}

/** The seed the Classify tab splits with unless the user changes it (`DEFAULT_DATASET.seed`). */
export const DEFAULT_SPLIT_SEED = 42;

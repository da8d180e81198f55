/**
 * The Classify tab's prepared data as a feature source needs it: the validated texts in their
 * order, each text's class, and the split (fractions, seed, fingerprint), so a FeatureSet made
 * from these texts splits exactly as the LSTM classifier's data does.
 */
import type { DatasetOptions, PreparedDataset } from '../classify/dataset';
import type { SplitFractions } from '../classify/split';
import { labelledDataKey } from '../features/dataKey';

export interface LabelledTexts {
  /** What the data is ("Spam or ham", a file name). */
  title: string;
  /** Validated texts in order, each cut to at most `maxChars` characters. */
  texts: string[];
  /** Class names; `y` indexes them. */
  classes: string[];
  /** One class index per text. */
  y: Int32Array;
  split: SplitFractions;
  seed: number;
  /** labelledDataKey of the full texts, labels and split. */
  dataKey: string;
}

export function labelledTexts(
  data: PreparedDataset,
  options: DatasetOptions,
  title: string,
  maxChars: number,
): LabelledTexts {
  const index = new Map(data.classes.map((c, i) => [c, i]));
  return {
    title,
    texts: data.records.map((r) => (r.text.length > maxChars ? r.text.slice(0, maxChars) : r.text)),
    classes: data.classes,
    y: Int32Array.from(data.records, (r) => index.get(r.label) ?? -1),
    split: options.split,
    seed: options.seed,
    dataKey: labelledDataKey(data.records, options.split, options.seed),
  };
}

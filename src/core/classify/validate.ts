/**
 * Checks labelled data before anything is trained on it, so every problem a user can cause is one
 * clear sentence up front instead of a strange curve later. Run it on the reader's records (or, to
 * catch texts that cleaning empties, on records whose text is the cleaned tokens joined by spaces).
 */
import { type Phrase, phrase, UserError } from '../errors';
import type { LabelledRecord } from './readers';
import { plural } from './readers';
import { checkFractions, DEFAULT_SPLIT, minPerClass, type SplitFractions } from './split';

/** More labels than this is almost always the wrong column (an id, a free-text field). */
export const MAX_CLASSES = 50;

/** A majority/minority class ratio above this gets a warning. */
export const IMBALANCE_WARNING_RATIO = 3;

export interface ValidateOptions {
  /** The split the data will go through (default 0.7/0.15/0.15): sets the examples each class needs. */
  split?: SplitFractions;
  maxClasses?: number;
  /** Names the data in messages ("The data" by default). */
  title?: string;
}

export interface ValidatedData {
  /** The usable records: non-empty text and a label. */
  records: LabelledRecord[];
  /** Class names, sorted (code-point order), so class indices do not depend on row order. */
  classes: string[];
  /** `labels[i]` is the index in `classes` of `records[i].label`. */
  labels: Int32Array;
  /** `counts[c]` examples of `classes[c]`. */
  counts: number[];
  /** Records dropped because their text was empty or only whitespace. */
  droppedEmpty: number;
  /** Records dropped because they had no label. */
  droppedUnlabelled: number;
  /** Largest class count / smallest class count. */
  imbalanceRatio: number;
  /** Sentences to show: what was dropped, and an imbalance warning. */
  warnings: Phrase[];
}

function quote(label: string): string {
  return `"${label}"`;
}

/**
 * Validates and indexes labelled records. Drops (and reports) records with an empty text or no
 * label; throws a UserError when there is nothing left, only one class, more than `maxClasses`
 * classes, or a class with fewer examples than the split needs (`minPerClass`: one for training
 * plus one for each of validation and test that has a share, i.e. 3 by default).
 */
export function validateLabelled(
  records: readonly LabelledRecord[],
  options: ValidateOptions = {},
): ValidatedData {
  const title = options.title ?? 'The data';
  const split = options.split ?? DEFAULT_SPLIT;
  const maxClasses = options.maxClasses ?? MAX_CLASSES;
  checkFractions(split);
  if (records.length === 0) throw new UserError('no-records', `${title} has no examples.`, { title });

  const kept: LabelledRecord[] = [];
  let droppedEmpty = 0;
  let droppedUnlabelled = 0;
  for (const r of records) {
    if (r.label.trim() === '') droppedUnlabelled++;
    else if (r.text.trim() === '') droppedEmpty++;
    else kept.push(r);
  }
  if (droppedUnlabelled === records.length) {
    throw new UserError(
      'no-labels',
      `${title} has no labels: every example's label is empty; check the label column.`,
      { title },
    );
  }
  if (kept.length === 0) {
    throw new UserError('all-empty', `${title} has only empty texts; check the text column.`, { title });
  }

  const countOf = new Map<string, number>();
  for (const r of kept) countOf.set(r.label, (countOf.get(r.label) ?? 0) + 1);
  const classes = [...countOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (classes.length === 1) {
    throw new UserError(
      'one-class',
      `Every example has the label ${quote(classes[0])}: a classifier needs at least two classes.`,
      { label: classes[0] },
    );
  }
  if (classes.length > maxClasses) {
    throw new UserError(
      'too-many-classes',
      `There are ${classes.length.toLocaleString('en-US')} different labels, more than the ${maxClasses} this classifier takes; is the label column the right one?`,
      { labels: classes.length.toLocaleString('en-US'), max: maxClasses },
    );
  }
  const counts = classes.map((c) => countOf.get(c)!);
  const need = minPerClass(split);
  const smallest = counts.indexOf(Math.min(...counts));
  if (counts[smallest] < need) {
    const parts = ['training', split.validation > 0 ? 'validation' : '', split.test > 0 ? 'test' : ''].filter(
      (p) => p !== '',
    );
    const sets = parts.length === 3 ? 'training, validation and test sets' : `${parts.join(' and ')} sets`;
    throw new UserError(
      counts[smallest] === 1 ? 'too-few-examples-one' : 'too-few-examples',
      `Class ${quote(classes[smallest])} has only ${plural(counts[smallest], 'example')}; splitting into ${sets} needs at least ${need} of every class.`,
      {
        label: classes[smallest],
        count: counts[smallest].toLocaleString('en-US'),
        sets: parts.join('-'),
        need,
      },
    );
  }

  const index = new Map(classes.map((c, i) => [c, i]));
  const labels = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) labels[i] = index.get(kept[i].label)!;

  const warnings: Phrase[] = [];
  if (droppedEmpty > 0) {
    warnings.push(
      phrase(
        droppedEmpty === 1 ? 'dropped-empty-one' : 'dropped-empty',
        `${plural(droppedEmpty, 'example')} with an empty text ${droppedEmpty === 1 ? 'was' : 'were'} left out.`,
        { count: droppedEmpty.toLocaleString('en-US') },
      ),
    );
  }
  if (droppedUnlabelled > 0) {
    warnings.push(
      phrase(
        droppedUnlabelled === 1 ? 'dropped-unlabelled-one' : 'dropped-unlabelled',
        `${plural(droppedUnlabelled, 'example')} without a label ${droppedUnlabelled === 1 ? 'was' : 'were'} left out.`,
        { count: droppedUnlabelled.toLocaleString('en-US') },
      ),
    );
  }
  const largest = counts.indexOf(Math.max(...counts));
  const imbalanceRatio = counts[largest] / counts[smallest];
  if (imbalanceRatio > IMBALANCE_WARNING_RATIO) {
    const baseline = ((100 * counts[largest]) / kept.length).toFixed(0);
    warnings.push(
      phrase(
        'imbalanced',
        `The classes are imbalanced: ${quote(classes[largest])} has ${plural(counts[largest], 'example')} and ${quote(classes[smallest])} only ${counts[smallest].toLocaleString('en-US')} (${imbalanceRatio.toFixed(1)} to 1), so a model that always answers ${quote(classes[largest])} already scores ${baseline}% accuracy; judge it by per-class recall and F1.`,
        {
          large: classes[largest],
          largeCount: counts[largest].toLocaleString('en-US'),
          small: classes[smallest],
          smallCount: counts[smallest].toLocaleString('en-US'),
          ratio: imbalanceRatio.toFixed(1),
          baseline,
        },
      ),
    );
  }
  return {
    records: kept,
    classes,
    labels,
    counts,
    droppedEmpty,
    droppedUnlabelled,
    imbalanceRatio,
    warnings,
  };
}

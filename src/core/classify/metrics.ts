/**
 * Test-set metrics on plain arrays of class indices, computed as scikit-learn computes them
 * (`confusion_matrix`, `precision_recall_fscore_support`, `classification_report`), including the
 * report's text layout, so numbers can be checked against a Python notebook digit for digit.
 */

/**
 * Counts of (true, predicted) pairs: `m[t][p]`, rows = true class, columns = predicted class,
 * `numClasses × numClasses`. Class indices outside 0 … numClasses − 1 are a bug and throw.
 */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  numClasses: number,
): number[][] {
  if (yTrue.length !== yPred.length) throw new Error('confusionMatrix: yTrue and yPred differ in length');
  const m = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (!(t >= 0 && t < numClasses && p >= 0 && p < numClasses)) {
      throw new Error(`confusionMatrix: class index out of range at ${i} (${t}, ${p})`);
    }
    m[t][p]++;
  }
  return m;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  /** Number of true examples (for averages: of all examples). */
  support: number;
}

export interface ClassScores extends Scores {
  label: string;
}

export interface ClassificationReport {
  /** One entry per class, in class-index order. */
  classes: ClassScores[];
  /** Correct predictions / all predictions. */
  accuracy: number;
  /** Unweighted mean over classes (every class counts the same). */
  macroAvg: Scores;
  /** Mean over classes weighted by support. */
  weightedAvg: Scores;
  /** Number of examples. */
  total: number;
  /** rows = true, columns = predicted (see `confusionMatrix`). */
  confusion: number[][];
}

/**
 * Per-class precision tp/(tp+fp), recall tp/(tp+fn) and F1 2tp/(2tp+fp+fn) (scikit-learn ≥ 1.3
 * computes F1 from counts like this), with every 0/0 taken as 0 (scikit-learn's zero_division
 * default, without the warning). Every class in `labels` gets a row, even with no support.
 */
export function classificationReport(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  labels: readonly string[],
): ClassificationReport {
  const k = labels.length;
  const confusion = confusionMatrix(yTrue, yPred, k);
  const classes: ClassScores[] = [];
  let correct = 0;
  for (let c = 0; c < k; c++) {
    const tp = confusion[c][c];
    let trueSum = 0;
    let predSum = 0;
    for (let j = 0; j < k; j++) {
      trueSum += confusion[c][j];
      predSum += confusion[j][c];
    }
    correct += tp;
    classes.push({
      label: labels[c],
      precision: predSum === 0 ? 0 : tp / predSum,
      recall: trueSum === 0 ? 0 : tp / trueSum,
      f1: trueSum + predSum === 0 ? 0 : (2 * tp) / (trueSum + predSum),
      support: trueSum,
    });
  }
  const total = yTrue.length;
  const mean = (key: 'precision' | 'recall' | 'f1', weighted: boolean): number => {
    let s = 0;
    let w = 0;
    for (const c of classes) {
      const weight = weighted ? c.support : 1;
      s += c[key] * weight;
      w += weight;
    }
    return w === 0 ? 0 : s / w;
  };
  return {
    classes,
    accuracy: total === 0 ? 0 : correct / total,
    macroAvg: {
      precision: mean('precision', false),
      recall: mean('recall', false),
      f1: mean('f1', false),
      support: total,
    },
    weightedAvg: {
      precision: mean('precision', true),
      recall: mean('recall', true),
      f1: mean('f1', true),
      support: total,
    },
    total,
    confusion,
  };
}

/**
 * `x` with `digits` decimals as Python's `format(x, '.2f')` writes it: the exact binary value
 * rounded, ties to even (0.125 → "0.12", where `toFixed` gives "0.13"). For x ≥ 0.
 */
export function pyFixed(x: number, digits: number): string {
  const rounded = x.toFixed(digits);
  // toFixed is exact for up to 100 decimals; ties only happen for dyadic values like k/8 at 2 digits.
  const extra = 30;
  const exact = x.toFixed(digits + extra);
  const tail = exact.slice(exact.length - extra);
  if (!/^50*$/.test(tail)) return rounded;
  const truncated = exact.slice(0, exact.length - extra);
  const body = digits === 0 ? truncated.slice(0, -1) : truncated; // drop the '.' toFixed(extra) added
  const last = Number(body[body.length - 1]);
  return last % 2 === 0 ? body : rounded;
}

/**
 * The report as scikit-learn's `classification_report(..., digits=2)` prints it: a header, one
 * line per class, then accuracy, macro avg and weighted avg, right-aligned in columns of 9.
 */
export function formatClassificationReport(report: ClassificationReport, digits = 2): string {
  const width = Math.max(...report.classes.map((c) => c.label.length), 'weighted avg'.length, digits);
  const num = (x: number) => pyFixed(x, digits).padStart(9);
  const line = (name: string, s: Scores) =>
    `${name.padStart(width)}  ${num(s.precision)} ${num(s.recall)} ${num(s.f1)} ${String(s.support).padStart(9)}\n`;
  let out = `${''.padStart(width)}  ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'f1-score'.padStart(9)} ${'support'.padStart(9)}\n\n`;
  for (const c of report.classes) out += line(c.label, c);
  out += '\n';
  out += `${'accuracy'.padStart(width)}  ${''.padStart(9)} ${''.padStart(9)} ${num(report.accuracy)} ${String(report.total).padStart(9)}\n`;
  out += line('macro avg', report.macroAvg);
  out += line('weighted avg', report.weightedAvg);
  return out;
}

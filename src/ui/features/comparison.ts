/**
 * The rows of the side-by-side comparison (classifiers on text vectors and the LSTM classifier)
 * and their CSV export. Pure: the table component and the tests share it.
 */
import type { ClassificationReport } from '../../core/classify/metrics';
import { csvField } from '../../core/vectors/write';

export type ComparedModel = 'gbdt' | 'logreg' | 'mlp' | 'lstm';

export interface ComparisonRow {
  /** Unique within the session (React key, CSV order). */
  id: string;
  model: ComparedModel;
  /** What the model read: a feature set's name, or the LSTM's data title. */
  input: string;
  /** `labelledDataKey` of the data and split it was tested on; null = unknown. */
  dataKey: string | null;
  report: ClassificationReport;
  /** Training wall time, milliseconds. */
  trainMs: number;
}

/** Whether a row was tested on the reference data and split (unknown keys never match). */
export function sameData(row: ComparisonRow, reference: string | null): boolean {
  return reference !== null && row.dataKey === reference;
}

/**
 * CSV (RFC 4180, CRLF) of the table: model, input, accuracy, macro F1, weighted F1, training
 * seconds, and whether the row used the reference data. Column names and model ids are fixed
 * English identifiers, so a script can read the file whatever the interface language.
 */
export function comparisonCsv(rows: readonly ComparisonRow[], reference: string | null): string {
  const head = ['model', 'input', 'accuracy', 'macro_f1', 'weighted_f1', 'training_seconds', 'same_data'];
  const lines = [head.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.model,
        csvField(r.input),
        r.report.accuracy.toFixed(4),
        r.report.macroAvg.f1.toFixed(4),
        r.report.weightedAvg.f1.toFixed(4),
        (r.trainMs / 1000).toFixed(2),
        sameData(r, reference) ? 'yes' : 'no',
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

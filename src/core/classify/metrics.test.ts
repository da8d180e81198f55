import { describe, expect, it } from 'vitest';
import { classificationReport, confusionMatrix, formatClassificationReport, pyFixed } from './metrics';

// Hand-worked example, three classes (0 ham, 1 spam, 2 eggs), seven examples:
//   true: 0 0 0 1 1 2 2
//   pred: 0 0 1 1 0 1 1
// Confusion (rows true, cols pred): [[2,1,0],[1,1,0],[0,2,0]].
// ham:  tp 2, predicted 3, true 3 → P 2/3, R 2/3, F1 2·2/(3+3) = 2/3
// spam: tp 1, predicted 4, true 2 → P 1/4, R 1/2, F1 2·1/(2+4) = 1/3
// eggs: tp 0, predicted 0, true 2 → P 0/0 = 0 (zero division), R 0, F1 0
// accuracy 3/7 = 0.4286
// macro:    P (2/3 + 1/4 + 0)/3 = 0.3056, R (2/3 + 1/2 + 0)/3 = 0.3889, F1 (2/3 + 1/3 + 0)/3 = 0.3333
// weighted: P (3·2/3 + 2·1/4)/7 = 2.5/7 = 0.3571, R (2 + 1)/7 = 0.4286, F1 (2 + 2/3)/7 = 0.3810
const Y_TRUE = [0, 0, 0, 1, 1, 2, 2];
const Y_PRED = [0, 0, 1, 1, 0, 1, 1];
const LABELS = ['ham', 'spam', 'eggs'];

describe('confusionMatrix', () => {
  it('counts rows = true, columns = predicted', () => {
    expect(confusionMatrix(Y_TRUE, Y_PRED, 3)).toEqual([
      [2, 1, 0],
      [1, 1, 0],
      [0, 2, 0],
    ]);
  });

  it('throws on an index out of range (a bug, not user input)', () => {
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(/out of range/);
  });
});

describe('classificationReport', () => {
  const r = classificationReport(Y_TRUE, Y_PRED, LABELS);

  it('computes per-class scores with zero division as 0', () => {
    expect(r.classes.map((c) => c.label)).toEqual(LABELS);
    expect(r.classes[0].precision).toBeCloseTo(2 / 3, 15);
    expect(r.classes[0].f1).toBeCloseTo(2 / 3, 15);
    expect(r.classes[1]).toEqual({ label: 'spam', precision: 0.25, recall: 0.5, f1: 2 / 6, support: 2 });
    expect(r.classes[2]).toEqual({ label: 'eggs', precision: 0, recall: 0, f1: 0, support: 2 });
  });

  it('computes accuracy and the macro and weighted averages', () => {
    expect(r.accuracy).toBeCloseTo(3 / 7, 15);
    expect(r.macroAvg.precision).toBeCloseTo((2 / 3 + 0.25) / 3, 15);
    expect(r.macroAvg.recall).toBeCloseTo((2 / 3 + 0.5) / 3, 15);
    expect(r.macroAvg.f1).toBeCloseTo(1 / 3, 15);
    expect(r.weightedAvg.precision).toBeCloseTo(2.5 / 7, 15);
    expect(r.weightedAvg.recall).toBeCloseTo(3 / 7, 15);
    expect(r.weightedAvg.f1).toBeCloseTo((2 + 2 / 3) / 7, 15);
    expect(r.total).toBe(7);
  });

  it("prints like scikit-learn's classification_report", () => {
    expect(formatClassificationReport(r)).toBe(
      [
        '              precision    recall  f1-score   support',
        '',
        '         ham       0.67      0.67      0.67         3',
        '        spam       0.25      0.50      0.33         2',
        '        eggs       0.00      0.00      0.00         2',
        '',
        '    accuracy                           0.43         7',
        '   macro avg       0.31      0.39      0.33         7',
        'weighted avg       0.36      0.43      0.38         7',
        '',
      ].join('\n'),
    );
  });

  it('widens the name column for long labels and honours digits', () => {
    const wide = classificationReport([0, 1], [0, 1], ['a-very-long-label', 'b']);
    const lines = formatClassificationReport(wide, 3).split('\n');
    expect(lines[2]).toBe('a-very-long-label      1.000     1.000     1.000         1');
    expect(lines[6]).toBe('        macro avg      1.000     1.000     1.000         2');
  });
});

describe('pyFixed', () => {
  it('rounds exact ties to even like Python, otherwise like toFixed', () => {
    expect(pyFixed(0.125, 2)).toBe('0.12'); // (0.125).toFixed(2) is '0.13'
    expect(pyFixed(0.375, 2)).toBe('0.38');
    expect(pyFixed(0.625, 2)).toBe('0.62');
    expect(pyFixed(0.875, 2)).toBe('0.88');
    expect(pyFixed(0.5, 0)).toBe('0');
    expect(pyFixed(2 / 3, 2)).toBe('0.67');
    expect(pyFixed(0.305, 2)).toBe('0.30'); // 0.305 is 0.30499999… in binary
    expect(pyFixed(1, 2)).toBe('1.00');
  });
});

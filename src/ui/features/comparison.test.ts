import { describe, expect, it } from 'vitest';
import { classificationReport } from '../../core/classify/metrics';
import { type ComparisonRow, comparisonCsv, sameData } from './comparison';

const report = classificationReport([0, 0, 1, 1], [0, 1, 1, 1], ['ham', 'spam']);

describe('comparison table', () => {
  it('marks rows of other data, and writes a CSV a script can read', () => {
    const rows: ComparisonRow[] = [
      {
        id: '1',
        model: 'gbdt',
        input: 'mean word vectors (word2vec on "Spam, or ham")',
        dataKey: 'k',
        report,
        trainMs: 1234,
      },
      { id: '2', model: 'lstm', input: 'Spam or ham', dataKey: 'other', report, trainMs: 50 },
      { id: '3', model: 'logreg', input: 'x', dataKey: null, report, trainMs: 0 },
    ];
    expect(rows.map((r) => sameData(r, 'k'))).toEqual([true, false, false]);
    expect(sameData(rows[2], null)).toBe(false);
    expect(comparisonCsv(rows, 'k')).toBe(
      'model,input,accuracy,macro_f1,weighted_f1,training_seconds,same_data\r\n' +
        'gbdt,"mean word vectors (word2vec on ""Spam, or ham"")",0.7500,0.7333,0.7333,1.23,yes\r\n' +
        'lstm,Spam or ham,0.7500,0.7333,0.7333,0.05,no\r\n' +
        'logreg,x,0.7500,0.7333,0.7333,0.00,no\r\n',
    );
  });
});

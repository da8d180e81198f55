import { describe, expect, it } from 'vitest';
import { isUserError } from '../errors';
import type { LabelledRecord } from './readers';
import { validateLabelled } from './validate';

function userErrorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a UserError');
}

function make(spec: Record<string, number>): LabelledRecord[] {
  const out: LabelledRecord[] = [];
  for (const [label, n] of Object.entries(spec))
    for (let i = 0; i < n; i++) out.push({ text: `${label} ${i}`, label });
  return out;
}

describe('validateLabelled', () => {
  it('indexes sorted classes and counts them', () => {
    const v = validateLabelled(make({ spam: 4, ham: 5 }));
    expect(v.classes).toEqual(['ham', 'spam']);
    expect(v.counts).toEqual([5, 4]);
    expect([...v.labels]).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(v.imbalanceRatio).toBe(1.25);
    expect(v.warnings).toEqual([]);
  });

  it('drops empty texts and unlabelled rows and says how many', () => {
    const recs = [
      ...make({ a: 3, b: 3 }),
      { text: '  ', label: 'a' },
      { text: '\n', label: 'b' },
      { text: 'x', label: '' },
    ];
    const v = validateLabelled(recs);
    expect(v.records.length).toBe(6);
    expect(v.droppedEmpty).toBe(2);
    expect(v.droppedUnlabelled).toBe(1);
    expect(v.warnings.map((w) => w.text)).toEqual([
      '2 examples with an empty text were left out.',
      '1 example without a label was left out.',
    ]);
  });

  it('refuses when every text is empty or nothing is labelled', () => {
    expect(
      userErrorOf(() =>
        validateLabelled([
          { text: '', label: 'a' },
          { text: ' ', label: 'b' },
        ]),
      ).code,
    ).toBe('all-empty');
    expect(userErrorOf(() => validateLabelled([{ text: 'x', label: '' }])).code).toBe('no-labels');
    expect(userErrorOf(() => validateLabelled([])).code).toBe('no-records');
  });

  it('refuses one class', () => {
    expect(userErrorOf(() => validateLabelled(make({ pos: 10 })))).toEqual({
      code: 'one-class',
      message: 'Every example has the label "pos": a classifier needs at least two classes.',
    });
  });

  it('refuses too many classes', () => {
    const spec: Record<string, number> = {};
    for (let i = 0; i < 51; i++) spec[`c${i}`] = 3;
    expect(userErrorOf(() => validateLabelled(make(spec))).message).toBe(
      'There are 51 different labels, more than the 50 this classifier takes; is the label column the right one?',
    );
    expect(validateLabelled(make(spec), { maxClasses: 60 }).classes.length).toBe(51);
  });

  it('refuses a class smaller than the split needs', () => {
    expect(userErrorOf(() => validateLabelled(make({ ham: 10, spam: 2 })))).toEqual({
      code: 'too-few-examples',
      message:
        'Class "spam" has only 2 examples; splitting into training, validation and test sets needs at least 3 of every class.',
    });
    // Without a validation set, two examples are enough.
    expect(
      validateLabelled(make({ ham: 10, spam: 2 }), { split: { train: 0.8, validation: 0, test: 0.2 } })
        .counts,
    ).toEqual([10, 2]);
    expect(
      userErrorOf(() =>
        validateLabelled(make({ ham: 10, spam: 1 }), { split: { train: 0.8, validation: 0, test: 0.2 } }),
      ).message,
    ).toBe(
      'Class "spam" has only 1 example; splitting into training and test sets needs at least 2 of every class.',
    );
  });

  it('warns about imbalance above 3 to 1, in a sentence', () => {
    expect(validateLabelled(make({ a: 9, b: 3 })).warnings).toEqual([]); // exactly 3 to 1: no warning
    const v = validateLabelled(make({ ham: 90, spam: 10 }));
    expect(v.imbalanceRatio).toBe(9);
    expect(v.warnings.map((w) => w.text)).toEqual([
      'The classes are imbalanced: "ham" has 90 examples and "spam" only 10 (9.0 to 1), so a model that always answers "ham" already scores 90% accuracy; judge it by per-class recall and F1.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.ts';
import { resolveOptions, type W2VOptions } from './options.ts';

function errorCode(o: Partial<W2VOptions>): string | undefined {
  try {
    resolveOptions(o);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toMatch(/^[A-Z].*\.$/);
    return (e as UserError).code;
  }
  return undefined;
}

describe('options', () => {
  it('uses the C tool defaults (CBOW, alpha 0.05; skip-gram alpha 0.025)', () => {
    const c = resolveOptions();
    expect(c).toMatchObject({
      size: 100,
      window: 5,
      sample: 1e-3,
      hs: false,
      negative: 5,
      iter: 5,
      minCount: 5,
      cbow: true,
      alpha: 0.05,
      seed: 1,
      tableSize: 1e8,
      power: 0.75,
    });
    expect(resolveOptions({ cbow: 0 }).alpha).toBe(0.025);
    expect(resolveOptions({ cbow: 0, alpha: 0.1 }).alpha).toBe(0.1);
    expect(resolveOptions({ hs: 1, negative: 0 }).hs).toBe(true);
  });

  it('is idempotent on a resolved config', () => {
    const c = resolveOptions({ cbow: false, size: 20 });
    expect(resolveOptions(c)).toEqual(c);
  });

  it('rejects absurd settings with a typed error and a sentence', () => {
    expect(errorCode({ window: 0 })).toBe('invalid-window');
    expect(errorCode({ size: 0 })).toBe('invalid-size');
    expect(errorCode({ size: 1.5 })).toBe('invalid-size');
    expect(errorCode({ negative: 0, hs: 0 })).toBe('no-objective');
    expect(errorCode({ negative: -1 })).toBe('invalid-negative');
    expect(errorCode({ iter: 0 })).toBe('invalid-iter');
    expect(errorCode({ alpha: 0 })).toBe('invalid-alpha');
    expect(errorCode({ alpha: Number.NaN })).toBe('invalid-alpha');
    expect(errorCode({ sample: -1 })).toBe('invalid-sample');
    expect(errorCode({ minCount: 0 })).toBe('invalid-min-count');
    expect(errorCode({ hs: 2 })).toBe('invalid-hs');
    expect(errorCode({ seed: -3 })).toBe('invalid-seed');
  });
});

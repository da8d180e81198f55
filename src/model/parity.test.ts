import { describe, expect, it } from 'vitest';
import { runParityCheck } from './parity';

describe('masking parity check', () => {
  it('on the CPU backend: identical curves and padding-invariant outputs', async () => {
    const r = await runParityCheck('cpu');
    expect(r.cpuLosses).toHaveLength(3);
    expect(r.maxLossDiff).toBe(0);
    expect(r.maxPaddingDiff).toBeLessThan(1e-6);
    expect(r.cpuLosses[2]).toBeLessThan(r.cpuLosses[0]);
  }, 120_000);
});

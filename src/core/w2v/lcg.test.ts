import { describe, expect, it } from 'vitest';
import { CLcg } from './lcg.ts';

const MASK64 = (1n << 64n) - 1n;

describe('CLcg (the C tool next_random)', () => {
  it('matches the 64-bit recurrence computed with BigInt, for any seed', () => {
    for (const seed of [0n, 1n, 2n, 12345n, 0xffffffffn, 0x1_0000_0000n, MASK64, 0xdeadbeefcafebaben]) {
      const rng = new CLcg(seed);
      let ref = seed & MASK64;
      for (let i = 0; i < 2000; i++) {
        rng.step();
        ref = (ref * 25214903917n + 11n) & MASK64;
        expect(rng.value).toBe(ref);
        expect(rng.low16()).toBe(Number(ref & 0xffffn));
        expect(rng.mod(5)).toBe(Number(ref % 5n));
        expect(rng.mod(70_001)).toBe(Number(ref % 70_001n));
        expect(rng.shr16Mod(1_000_000)).toBe(Number((ref >> 16n) % 1_000_000n));
      }
    }
  });

  it('gives the first values of the C tool from seed 1 (its InitNet stream)', () => {
    const rng = new CLcg(1);
    rng.step();
    expect(rng.value).toBe(25214903928n);
    rng.step();
    expect(rng.value).toBe((25214903928n * 25214903917n + 11n) & MASK64);
  });

  it('takes a negative seed modulo 2^64', () => {
    expect(new CLcg(-1).value).toBe(MASK64);
  });
});

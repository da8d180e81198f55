/**
 * The C word2vec tool's random generator, `next_random = next_random * 25214903917 + 11` on an
 * unsigned 64-bit integer, kept as two uint32 halves so no BigInt is touched per draw. The
 * WebAssembly kernel runs the same recurrence on a native u64; the two must agree bit for bit.
 */
export const LCG_MULTIPLIER = 25214903917n;
export const LCG_INCREMENT = 11n;

const A_LO = 0xdeece66d; // low 32 bits of 25214903917
const A_HI = 5; // high 32 bits
const TWO32 = 4294967296;

export class CLcg {
  /** Low and high 32 bits of the state, each in [0, 2^32). */
  lo: number;
  hi: number;

  constructor(seed: bigint | number) {
    const s = BigInt.asUintN(64, BigInt(seed));
    this.lo = Number(s & 0xffffffffn);
    this.hi = Number(s >> 32n);
  }

  /** Advances once: state = state * 25214903917 + 11 (mod 2^64). */
  step(): void {
    const lo = this.lo;
    // lo * A_LO needs 64 bits; split lo into 16-bit halves so every product is exact in float64.
    const pLow = (lo & 0xffff) * A_LO; // < 2^48
    const pHigh = (lo >>> 16) * A_LO; // < 2^48, weighs 2^16
    const pHighLo16 = pHigh % 65536;
    const pHighHi = (pHigh - pHighLo16) / 65536; // < 2^32, weighs 2^32
    const low = pHighLo16 * 65536 + pLow + 11; // < 2^49: exact
    const carry = Math.floor(low / TWO32);
    this.lo = low >>> 0;
    this.hi = (pHighHi + carry + Math.imul(this.hi, A_LO) + Math.imul(lo, A_HI)) >>> 0;
  }

  /** `state & 0xFFFF`. */
  low16(): number {
    return this.lo & 0xffff;
  }

  /** `state % n` for 0 < n < 2^26 (so the partial products stay below 2^53, exact). */
  mod(n: number): number {
    return ((this.hi % n) * (TWO32 % n) + (this.lo % n)) % n;
  }

  /** `(state >> 16) % n` for 0 < n ≤ 2^31; the shifted state has 48 bits, exact in float64. */
  shr16Mod(n: number): number {
    return (this.hi * 65536 + (this.lo >>> 16)) % n;
  }

  /** The state as a BigInt (for handing to the WebAssembly kernel and for tests). */
  get value(): bigint {
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  set value(v: bigint) {
    const s = BigInt.asUintN(64, v);
    this.lo = Number(s & 0xffffffffn);
    this.hi = Number(s >> 32n);
  }
}

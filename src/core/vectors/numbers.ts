/**
 * Decimal numbers to and from bytes/strings, fast enough for multi-gigabyte text vector files.
 */

const POW10 = new Float64Array(23);
for (let i = 0; i < POW10.length; i++) POW10[i] = 10 ** i;

/** Largest mantissa to which one more digit can be appended exactly (below 2^53). */
const MANT_LIMIT = 900719925474099;

const fallbackDecoder = new TextDecoder();

/**
 * Parses the ASCII decimal in `buf[s, e)` (`[+-]digits[.digits][(e|E)[+-]digits]`, or nan/inf).
 * Returns NaN when the bytes are not a number; callers that must tell that apart from a literal
 * "nan" call `isNanToken`.
 *
 * Fast path: up to 15 significant digits accumulate exactly in a double and one multiplication or
 * division by an exact power of ten gives the correctly rounded double. Digits beyond the 15th
 * only move the value by under 1e-15 relative, far below float32 resolution (6e-8), which is what
 * the readers store, so they are truncated. Other exponents go through `Number()`.
 */
export function parseDecimal(buf: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  let c = buf[i];
  if (c === 45 /* - */) {
    neg = true;
    c = buf[++i];
  } else if (c === 43 /* + */) {
    c = buf[++i];
  }
  let mant = 0;
  let exp10 = 0;
  let digits = 0;
  while (i < e && (c = buf[i]) >= 48 && c <= 57) {
    if (mant < MANT_LIMIT) mant = mant * 10 + (c - 48);
    else exp10++;
    digits++;
    i++;
  }
  if (i < e && buf[i] === 46 /* . */) {
    i++;
    while (i < e && (c = buf[i]) >= 48 && c <= 57) {
      if (mant < MANT_LIMIT) {
        mant = mant * 10 + (c - 48);
        exp10--;
      }
      digits++;
      i++;
    }
  }
  if (digits === 0) return parseSpecial(buf, s, e);
  if (i < e && (buf[i] | 32) === 101 /* e */) {
    i++;
    let eneg = false;
    if (buf[i] === 45) {
      eneg = true;
      i++;
    } else if (buf[i] === 43) i++;
    let ev = 0;
    let ed = 0;
    while (i < e && (c = buf[i]) >= 48 && c <= 57) {
      if (ev < 100000) ev = ev * 10 + (c - 48);
      ed++;
      i++;
    }
    if (ed === 0) return Number.NaN;
    exp10 += eneg ? -ev : ev;
  }
  if (i !== e) return Number.NaN;
  let v: number;
  if (exp10 === 0) v = mant;
  else if (exp10 > 0 && exp10 <= 22) v = mant * POW10[exp10];
  else if (exp10 < 0 && exp10 >= -22) v = mant / POW10[-exp10];
  else v = Number(`${mant}e${exp10}`);
  return neg ? -v : v;
}

function parseSpecial(buf: Uint8Array, s: number, e: number): number {
  if (e - s > 12) return Number.NaN;
  const t = fallbackDecoder.decode(buf.subarray(s, e)).toLowerCase();
  if (t === 'inf' || t === '+inf' || t === 'infinity' || t === '+infinity') return Number.POSITIVE_INFINITY;
  if (t === '-inf' || t === '-infinity') return Number.NEGATIVE_INFINITY;
  return Number.NaN;
}

/** True when `buf[s, e)` is a literal NaN spelling (nan, -nan, NaN). */
export function isNanToken(buf: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n < 3 || n > 4) return false;
  let i = s;
  if (n === 4) {
    if (buf[i] !== 45 && buf[i] !== 43) return false;
    i++;
  }
  return (buf[i] | 32) === 110 && (buf[i + 1] | 32) === 97 && (buf[i + 2] | 32) === 110;
}

/** Parses a decimal held in a string (same grammar as `parseDecimal`); NaN when invalid. */
export function parseDecimalString(t: string): number {
  const trimmed = t.trim();
  if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
    const l = trimmed.toLowerCase();
    if (l === 'inf' || l === 'infinity' || l === '+inf') return Number.POSITIVE_INFINITY;
    if (l === '-inf' || l === '-infinity') return Number.NEGATIVE_INFINITY;
    return Number.NaN;
  }
  return Number(trimmed);
}

const PAD = ['', '0', '00', '000', '0000', '00000'];

/**
 * `printf("%lf", v)` as glibc prints a float32 value: six decimals, round-half-even on the exact
 * binary value, "-0.000000" for negative zero and tiny negatives, "nan"/"inf"/"-inf".
 *
 * Exact because `v` is a float32 (24-bit mantissa): `|v| · 10^6` needs at most 24 + 20 bits, so the
 * double product is exact and ties are detected exactly. JavaScript's `toFixed` rounds ties up
 * (0.0078125 → "0.007813") where glibc gives "0.007812", hence this function.
 */
export function formatFixed6(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Number.POSITIVE_INFINITY) return 'inf';
  if (v === Number.NEGATIVE_INFINITY) return '-inf';
  const neg = v < 0 || (v === 0 && 1 / v < 0);
  const a = neg ? -v : v;
  const t = a * 1e6;
  let body: string;
  if (t < 9e15) {
    let n = Math.floor(t);
    const f = t - n;
    if (f > 0.5 || (f === 0.5 && n % 2 === 1)) n += 1;
    const ip = Math.floor(n / 1e6);
    const fp = n - ip * 1e6;
    const fs = String(fp);
    body = ip + '.' + PAD[6 - fs.length] + fs;
  } else {
    // |v| ≥ 9e9: float32 values this large are integers, printed in full as glibc does.
    body = BigInt(a).toString() + '.000000';
  }
  return neg ? '-' + body : body;
}

/**
 * `formatFixed6(v)` written as ASCII straight into `out` at `pos` (at most 48 bytes); returns the
 * position after it. Saves building a string per value in the text writer's hot loop.
 */
export function writeFixed6(out: Uint8Array, pos: number, v: number): number {
  const neg = v < 0 || (v === 0 && 1 / v < 0);
  const a = neg ? -v : v;
  const t = a * 1e6;
  if (!(t < 9e15)) {
    // NaN, infinities and |v| ≥ 9e9: rare, go through the string form.
    const s = formatFixed6(v);
    for (let i = 0; i < s.length; i++) out[pos++] = s.charCodeAt(i);
    return pos;
  }
  let n = Math.floor(t);
  const f = t - n;
  if (f > 0.5 || (f === 0.5 && n % 2 === 1)) n += 1;
  let ip = Math.floor(n / 1e6);
  let fp = n - ip * 1e6;
  if (neg) out[pos++] = 45;
  // Integer part: count digits, then fill right to left.
  let digits = 1;
  for (let p = 10; p <= ip; p *= 10) digits++;
  for (let i = digits - 1; i >= 0; i--) {
    out[pos + i] = 48 + (ip % 10);
    ip = Math.floor(ip / 10);
  }
  pos += digits;
  out[pos++] = 46;
  for (let i = 5; i >= 0; i--) {
    out[pos + i] = 48 + (fp % 10);
    fp = Math.floor(fp / 10);
  }
  return pos + 6;
}

const f32 = new Float32Array(1);

/**
 * The shortest decimal that reads back (through a double and `Math.fround`) as the same float32:
 * "0.1" rather than "0.10000000149011612". Used for TSV and CSV where people read the numbers.
 */
export function formatFloat32(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  f32[0] = v;
  const x = f32[0];
  if (x === 0) return '0';
  for (let p = 6; p <= 9; p++) {
    const n = Number(x.toPrecision(p));
    if (Math.fround(n) === x) return String(n);
  }
  return String(x);
}

/**
 * How one setting is written in the page's address and read back. A codec never throws: text it
 * does not accept parses to `undefined`, and the caller falls back to the default (and says so
 * on the page). Pure: no DOM, so the codecs are tested in Node.
 */
export interface Codec<T> {
  /** The text put in the URL for `value` (URLSearchParams escapes it). */
  format(value: T): string;
  /** The value `text` stands for, or undefined when it is not a valid value. */
  parse(text: string): T | undefined;
  /** What the URL accepts, for people: "whole number 1–50", "0 or 1" (the README's table). */
  describe: string;
  /** A few valid values (the round-trip tests encode and decode each). */
  samples: readonly T[];
}

const range = (min: number, max: number) => `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;

/** A whole number in [min, max], written in decimal. */
export function int(min: number, max: number): Codec<number> {
  return {
    format: (v) => String(v),
    parse: (text) => {
      if (!/^-?\d{1,16}$/.test(text)) return undefined;
      const v = Number(text);
      return Number.isSafeInteger(v) && v >= min && v <= max ? v : undefined;
    },
    describe: `whole number ${range(min, max)}`,
    samples: [min, max],
  };
}

/** A finite number in [min, max], written as JavaScript's shortest round-trip form (1e-7, 0.025). */
export function num(min: number, max: number): Codec<number> {
  return {
    format: (v) => String(v),
    parse: (text) => {
      if (!/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
      const v = Number(text);
      return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
    },
    describe: `number ${range(min, max)}`,
    samples: [min, max, min + (max - min) / 3],
  };
}

/** On/off as 1/0 (true/false are read too). */
export const bool: Codec<boolean> = {
  format: (v) => (v ? '1' : '0'),
  parse: (text) =>
    text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined,
  describe: '1 (on) or 0 (off)',
  samples: [true, false],
};

/** One of a fixed set of strings or numbers, written as itself. */
export function oneOf<T extends string | number>(values: readonly T[]): Codec<T> {
  return {
    format: (v) => String(v),
    parse: (text) => values.find((v) => String(v) === text),
    describe: values.map(String).join(', '),
    samples: values,
  };
}

/**
 * Free text of at most `maxLength` characters, matching `pattern` as a whole when given;
 * `samples` must be valid (the default ones are plain words).
 */
export function text(
  maxLength: number,
  { pattern, samples = ['whale', ''] }: { pattern?: RegExp; samples?: string[] } = {},
): Codec<string> {
  const whole = pattern && new RegExp(`^(?:${pattern.source})$`, pattern.flags);
  return {
    format: (v) => v,
    parse: (t) => (t.length <= maxLength && (whole === undefined || whole.test(t)) ? t : undefined),
    describe: `text, up to ${maxLength} characters`,
    samples,
  };
}

/**
 * Up to `maxItems` values separated by commas; items may not contain a comma. The empty text is
 * the empty list. One bad item rejects the whole list (a half-read list would mislead).
 */
export function list<T>(item: Codec<T>, maxItems: number): Codec<T[]> {
  return {
    format: (v) => v.map((x) => item.format(x)).join(','),
    parse: (t) => {
      if (t === '') return [];
      const parts = t.split(',');
      if (parts.length > maxItems) return undefined;
      const out: T[] = [];
      for (const p of parts) {
        const v = p === '' ? undefined : item.parse(p);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    },
    describe: `comma-separated list (up to ${maxItems}) of: ${item.describe}`,
    samples: [[], item.samples.filter((s) => item.format(s) !== '').slice(0, 2)],
  };
}

/** A value that may also be null, written as `-` (e.g. "follow the browser's language"). */
export function nullable<T>(inner: Codec<T>): Codec<T | null> {
  return {
    format: (v) => (v === null ? '-' : inner.format(v)),
    parse: (t) => (t === '-' ? null : inner.parse(t)),
    describe: `${inner.describe}, or - for none`,
    samples: [null, ...inner.samples],
  };
}

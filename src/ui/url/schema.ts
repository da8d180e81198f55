/**
 * Settings groups and how they become URL parameters. A group is one settings object of the
 * page (the word2vec settings, the map options…), its defaults, and the URL parameters that
 * stand for parts of it: `'train.window': ['options.window', int(1, 50)]` says the parameter
 * `train.window` holds `value.options.window` as a whole number from 1 to 50. Pure: no DOM.
 *
 * Links stay short: a parameter is written only when its value differs from the default, and a
 * link is complete — a parameter it lacks means the default, whatever the reader's browser
 * remembers (see store.ts).
 */
import type { Codec } from './codecs';

export interface UrlField {
  /** Dotted path of the value inside the group's object ('options.window'). */
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: fields of one group hold values of different types.
  codec: Codec<any>;
}

export interface UrlGroup<T extends object> {
  /** The group's name; also its localStorage key (as `usePersistentState` used). */
  key: string;
  defaults: T;
  /** URL parameter name → field. */
  fields: Readonly<Record<string, UrlField>>;
  /** false: the value lives in the URL only (the open tab, hidden controls, the lesson). */
  persist: boolean;
  /** Restores what fields read one by one can break (e.g. split shares summing to 1). */
  normalise?: (value: T) => T;
}

/** `[path, codec]` per URL parameter: the one line that registers a setting. */
// biome-ignore lint/suspicious/noExplicitAny: see UrlField.codec.
export type FieldTable = Record<string, readonly [path: string, codec: Codec<any>]>;

export function defineGroup<T extends object>(
  key: string,
  defaults: T,
  fields: FieldTable,
  options: { persist?: boolean; normalise?: (value: T) => T } = {},
): UrlGroup<T> {
  const table: Record<string, UrlField> = {};
  for (const [name, [path, codec]] of Object.entries(fields)) {
    if (!/^[a-z][\w.-]*$/i.test(name)) throw new Error(`URL parameter name ${name} is not plain`);
    if (getPath(defaults, path) === undefined) throw new Error(`${key} has no default at ${path} (${name})`);
    table[name] = { path, codec };
  }
  return { key, defaults, fields: table, persist: options.persist ?? true, normalise: options.normalise };
}

export function getPath(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path`; the objects along the path are copied, nothing else. */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const inner = (base: Record<string, unknown>) =>
    rest.length === 0 ? value : setPath(base[head], rest.join('.'), value);
  if (Array.isArray(obj)) {
    const copy = [...obj];
    copy[Number(head)] = inner(obj as unknown as Record<string, unknown>);
    return copy as T;
  }
  const base = (obj ?? {}) as Record<string, unknown>;
  return { ...base, [head]: inner(base) } as T;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * `stored` over `defaults`, object by object, so a setting added after the value was stored gets
 * its default; arrays and other values are taken whole. Values of a different kind than the
 * default's (a number where an object belongs) are left out.
 */
export function mergeOver<T>(defaults: T, stored: unknown): T {
  if (!isPlainObject(defaults)) return (stored === undefined ? defaults : stored) as T;
  if (!isPlainObject(stored)) return defaults;
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(stored)) {
    const d = (defaults as Record<string, unknown>)[k];
    out[k] = isPlainObject(d) ? mergeOver(d, v) : v;
  }
  return out as T;
}

/**
 * The URL parameters for `value`: the fields whose value differs from the default, in the
 * group's order. A value its codec would not read back (a NaN left by an emptied number box) is
 * left out, so the link gives the default. `always` names parameters written even when default.
 */
export function encodeGroup<T extends object>(
  group: UrlGroup<T>,
  value: T,
  always: ReadonlySet<string> = new Set(),
): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, { path, codec }] of Object.entries(group.fields)) {
    const v = getPath(value, path);
    if (v === undefined) continue;
    const text = codec.format(v);
    if (codec.parse(text) === undefined) continue;
    if (!always.has(name) && text === codec.format(getPath(group.defaults, path))) continue;
    out.push([name, text]);
  }
  return out;
}

export interface Decoded<T> {
  value: T;
  /** Parameters present with a value the codec refused (their fields keep the default). */
  rejected: string[];
}

/** The group's value from `params`: each field present and valid over the defaults. */
export function decodeGroup<T extends object>(group: UrlGroup<T>, params: URLSearchParams): Decoded<T> {
  let value = group.defaults;
  const rejected: string[] = [];
  for (const [name, { path, codec }] of Object.entries(group.fields)) {
    const text = params.get(name);
    if (text === null) continue;
    const v = codec.parse(text);
    if (v === undefined) rejected.push(name);
    else value = setPath(value, path, v);
  }
  return { value: group.normalise ? group.normalise(value) : value, rejected };
}

/** Parameters of `params` that no group in `groups` knows (besides `extra` names). */
export function unknownParams(
  params: URLSearchParams,
  // biome-ignore lint/suspicious/noExplicitAny: groups of every value type.
  groups: readonly UrlGroup<any>[],
  extra: readonly string[] = [],
): string[] {
  const known = new Set<string>(extra);
  for (const g of groups) for (const name of Object.keys(g.fields)) known.add(name);
  return [...new Set(params.keys())].filter((k) => !known.has(k));
}

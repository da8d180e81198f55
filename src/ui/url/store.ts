/**
 * The page's settings, kept in step with the address bar so that a link reproduces the setup.
 *
 * Where a group's first value comes from:
 * 1. the URL, when it holds any setting (a "link"): every group takes the link's values, and a
 *    parameter the link lacks means the default — never what this browser remembers, or a link
 *    would open differently on every machine;
 * 2. otherwise localStorage (groups with `persist`), merged over the defaults;
 * 3. otherwise the defaults.
 * Every change is written to localStorage (persisted groups) and, a moment later, to the URL with
 * `history.replaceState` (no reload, no history entry). Invalid or unknown parameters are dropped
 * and listed by `linkProblems()` for a one-line notice; nothing is logged.
 *
 * The DOM is reached through an `Environment`, so the precedence rules are tested in Node.
 */
import { type Dispatch, type SetStateAction, useCallback, useSyncExternalStore } from 'react';
import {
  decodeGroup,
  defineGroup,
  encodeGroup,
  type FieldTable,
  mergeOver,
  type UrlGroup,
  unknownParams,
} from './schema';

const STORAGE_PREFIX = 'embedding-playground:';
/** Typing in a box changes a setting per key; the address bar follows after a short pause. */
const URL_WRITE_DELAY_MS = 150;

export interface Environment {
  /** The page's query string (`?a=1&b=2` or ''). */
  search(): string;
  /** Origin and path the link starts with. */
  base(): string;
  replaceSearch(search: string): void;
  load(key: string): string | null;
  save(key: string, value: string): void;
}

/** Turns a URL that names only a lesson into the lesson's full settings, or returns it as it is. */
export type LinkExpander = (params: URLSearchParams) => URLSearchParams;

/** Query-string text: like URLSearchParams, but commas and colons stay readable. */
export function formatQuery(pairs: readonly (readonly [string, string])[]): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%3A/g, ':');
  return pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

// biome-ignore lint/suspicious/noExplicitAny: the store holds groups of every value type.
type AnyGroup = UrlGroup<any>;

interface Slot {
  value: object;
  listeners: Set<() => void>;
}

export class UrlStore {
  private readonly groups: AnyGroup[] = [];
  private readonly slots = new Map<string, Slot>();
  private source: { params: URLSearchParams; link: boolean } | null = null;
  private rejected: string[] = [];
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  private expand: LinkExpander = (p) => p;

  constructor(private readonly env: Environment | null) {}

  /** Registers a settings group; see `urlGroup` for how. */
  register<T extends object>(group: UrlGroup<T>): UrlGroup<T> {
    if (this.groups.some((g) => g.key === group.key)) throw new Error(`settings group ${group.key} twice`);
    for (const g of this.groups)
      for (const name of Object.keys(group.fields))
        if (name in g.fields) throw new Error(`URL parameter ${name} in ${g.key} and ${group.key}`);
    this.groups.push(group);
    return group;
  }

  /** The registered groups, in URL order (tests and the README's table walk them). */
  registered(): readonly AnyGroup[] {
    return this.groups;
  }

  setLinkExpander(expand: LinkExpander): void {
    this.expand = expand;
  }

  private knownNames(): Set<string> {
    return new Set(this.groups.flatMap((g) => Object.keys(g.fields)));
  }

  private readSource(): { params: URLSearchParams; link: boolean } {
    if (this.source === null) {
      const params = this.expand(new URLSearchParams(this.env?.search() ?? ''));
      const known = this.knownNames();
      this.source = { params, link: [...params.keys()].some((k) => known.has(k)) };
    }
    return this.source;
  }

  private loadStored<T extends object>(group: UrlGroup<T>): T {
    if (!group.persist || this.env === null) return group.defaults;
    try {
      const raw = this.env.load(STORAGE_PREFIX + group.key);
      return raw === null ? group.defaults : mergeOver(group.defaults, JSON.parse(raw));
    } catch {
      return group.defaults;
    }
  }

  private slot<T extends object>(group: UrlGroup<T>): Slot {
    let s = this.slots.get(group.key);
    if (s === undefined) {
      const src = this.readSource();
      let value: T;
      if (src.link) {
        const d = decodeGroup(group, src.params);
        for (const name of d.rejected) this.rejected.push(`${name}=${src.params.get(name)}`);
        value = d.value;
      } else {
        value = this.loadStored(group);
      }
      s = { value, listeners: new Set() };
      this.slots.set(group.key, s);
      this.scheduleWrite();
    }
    return s;
  }

  get<T extends object>(group: UrlGroup<T>): T {
    return this.slot(group).value as T;
  }

  set<T extends object>(group: UrlGroup<T>, action: SetStateAction<T>): void {
    const s = this.slot(group);
    const prev = s.value as T;
    const next = typeof action === 'function' ? (action as (p: T) => T)(prev) : action;
    if (Object.is(prev, next)) return;
    s.value = next;
    if (group.persist && this.env !== null) {
      try {
        this.env.save(STORAGE_PREFIX + group.key, JSON.stringify(next));
      } catch {
        // Not remembered (private mode, quota); the session and the URL go on.
      }
    }
    this.scheduleWrite();
    for (const l of s.listeners) l();
  }

  subscribe(group: AnyGroup, listener: () => void): () => void {
    const s = this.slot(group);
    s.listeners.add(listener);
    return () => s.listeners.delete(listener);
  }

  /** The query string (without `?`) for every group's current value. */
  query(): string {
    const pairs = this.groups.flatMap((g) => encodeGroup(g, this.get(g)));
    return formatQuery(pairs);
  }

  /** The link that reproduces the page's current setup. */
  link(): string {
    const q = this.query();
    return (this.env?.base() ?? '') + (q === '' ? '' : `?${q}`);
  }

  /**
   * Applies a link inside the page (a lesson from the menu): every group takes its value from
   * `params` as if the page had been opened with them.
   */
  open(params: URLSearchParams): void {
    const src = { params: this.expand(params), link: true };
    this.source = src;
    this.rejected = [];
    for (const g of this.groups) {
      const s = this.slot(g);
      const d = decodeGroup(g, src.params);
      for (const name of d.rejected) this.rejected.push(`${name}=${src.params.get(name)}`);
      if (Object.is(s.value, d.value)) continue;
      this.set(g, d.value);
    }
  }

  /** `name=value` of each parameter refused, then the names nobody knows, from the link opened. */
  linkProblems(): string[] {
    // Groups read their part of the link when first used; read every part now.
    for (const g of this.groups) this.get(g);
    const src = this.readSource();
    return [...this.rejected, ...unknownParams(src.params, this.groups)];
  }

  /** Writes the URL now (tests; the page waits for the timer). */
  flush(): void {
    if (this.writeTimer !== null) clearTimeout(this.writeTimer);
    this.writeTimer = null;
    if (this.env === null) return;
    const q = this.query();
    const search = q === '' ? '' : `?${q}`;
    if (search !== this.env.search()) this.env.replaceSearch(search);
  }

  private scheduleWrite(): void {
    if (this.env === null || this.writeTimer !== null) return;
    this.writeTimer = setTimeout(() => this.flush(), URL_WRITE_DELAY_MS);
  }
}

function browserEnvironment(): Environment | null {
  if (typeof window === 'undefined') return null;
  return {
    search: () => window.location.search,
    base: () => window.location.origin + window.location.pathname,
    replaceSearch: (search) =>
      window.history.replaceState(window.history.state, '', window.location.pathname + search),
    load: (key) => window.localStorage.getItem(key),
    save: (key, value) => window.localStorage.setItem(key, value),
  };
}

/** The page's one store. */
export const urlStore = new UrlStore(browserEnvironment());

/**
 * Registers a settings group in the page's store: one line per URL parameter, `name: [path,
 * codec]`. Call it at the top level of a module the page imports at start-up (groups.ts holds
 * most), so that a link's values are read before anything renders.
 */
export function urlGroup<T extends object>(
  key: string,
  defaults: T,
  fields: FieldTable,
  options?: { persist?: boolean; normalise?: (value: T) => T },
): UrlGroup<T> {
  return urlStore.register(defineGroup(key, defaults, fields, options));
}

/** `const [value, setValue] = useUrlState(GROUP)`: like useState, kept in the URL and localStorage. */
export function useUrlState<T extends object>(group: UrlGroup<T>): [T, Dispatch<SetStateAction<T>>] {
  const subscribe = useCallback((l: () => void) => urlStore.subscribe(group, l), [group]);
  const value = useSyncExternalStore(
    subscribe,
    () => urlStore.get(group),
    () => group.defaults,
  );
  const set = useCallback((a: SetStateAction<T>) => urlStore.set(group, a), [group]);
  return [value, set];
}

import { describe, expect, it } from 'vitest';
import { bool, type Codec, int, list, nullable, num, oneOf, text } from './codecs';
import './groups';
import { decodeGroup, defineGroup, encodeGroup, getPath, mergeOver, setPath } from './schema';
import { type Environment, formatQuery, UrlStore, urlStore } from './store';

/** The codec's text for `v` parses back to a value that formats the same. */
function roundTrips<T>(codec: Codec<T>, v: T): boolean {
  const parsed = codec.parse(codec.format(v));
  return parsed !== undefined && codec.format(parsed) === codec.format(v);
}

describe('codecs', () => {
  it('read back every sample they write', () => {
    const codecs: Codec<unknown>[] = [
      int(0, 10),
      num(0.0001, 1),
      bool,
      oneOf(['a', 'b']),
      oneOf([0, 1]),
      text(20),
      list(oneOf(['x', 'y']), 3),
      nullable(oneOf(['en', 'ja'])),
    ] as Codec<unknown>[];
    for (const c of codecs)
      for (const s of c.samples) expect(roundTrips(c, s), `${c.describe} ${s}`).toBe(true);
  });

  it('refuse junk instead of guessing', () => {
    expect(int(1, 50).parse('0')).toBeUndefined();
    expect(int(1, 50).parse('5.5')).toBeUndefined();
    expect(int(1, 50).parse('5x')).toBeUndefined();
    expect(int(1, 50).parse('')).toBeUndefined();
    expect(int(1, 50).parse('7')).toBe(7);
    expect(num(0, 1).parse('1e-3')).toBe(0.001);
    expect(num(0, 1).parse('NaN')).toBeUndefined();
    expect(num(0, 1).parse('Infinity')).toBeUndefined();
    expect(num(0, 1).parse('2')).toBeUndefined();
    expect(num(0, 1).parse('0x1')).toBeUndefined();
    expect(bool.parse('yes')).toBeUndefined();
    expect(oneOf(['pca', 'umap']).parse('PCA')).toBeUndefined();
    expect(text(3).parse('abcd')).toBeUndefined();
    expect(text(10, { pattern: /[a-z]+/ }).parse('ab1')).toBeUndefined();
    expect(list(oneOf(['x', 'y']), 3).parse('x,z')).toBeUndefined();
    expect(list(oneOf(['x', 'y']), 3).parse('x,,y')).toBeUndefined();
    expect(list(oneOf(['x', 'y']), 2).parse('x,y,x')).toBeUndefined();
    expect(list(oneOf(['x', 'y']), 3).parse('')).toEqual([]);
    expect(nullable(oneOf(['en'])).parse('-')).toBeNull();
  });

  it('write numbers in their shortest exact form', () => {
    expect(num(0, 1).format(1e-7)).toBe('1e-7');
    expect(num(0, 1).parse(num(0, 1).format(0.1 + 0.2))).toBe(0.1 + 0.2);
  });
});

describe('paths', () => {
  it('set a value deep inside without touching the original', () => {
    const a = { options: { window: 5, size: 100 }, axes: { x: ['man', 'woman'] } };
    const b = setPath(a, 'options.window', 2);
    expect(b.options).toEqual({ window: 2, size: 100 });
    expect(a.options.window).toBe(5);
    const c = setPath(a, 'axes.x.1', 'queen');
    expect(c.axes.x).toEqual(['man', 'queen']);
    expect(Array.isArray(c.axes.x)).toBe(true);
    expect(getPath(c, 'axes.x.0')).toBe('man');
  });

  it('merge stored settings over defaults, so settings added later get their default', () => {
    const merged = mergeOver({ a: 1, o: { x: 1, y: 2 }, l: [1, 2] }, { o: { x: 5 }, l: [3], z: 9 });
    expect(merged).toEqual({ a: 1, o: { x: 5, y: 2 }, l: [3], z: 9 });
    expect(mergeOver({ o: { x: 1 } }, 'junk')).toEqual({ o: { x: 1 } });
  });
});

describe('every registered setting', () => {
  const groups = urlStore.registered();

  it('has unique parameter names and a default its codec accepts', () => {
    const names = groups.flatMap((g) => Object.keys(g.fields));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(60);
    for (const g of groups)
      for (const [name, f] of Object.entries(g.fields))
        expect(roundTrips(f.codec, getPath(g.defaults, f.path)), name).toBe(true);
  });

  it('leaves defaults out of the URL', () => {
    for (const g of groups) expect(encodeGroup(g, g.defaults), g.key).toEqual([]);
  });

  it('round-trips each field on its own, every sample value', () => {
    for (const g of groups) {
      for (const [name, f] of Object.entries(g.fields)) {
        for (const sample of f.codec.samples) {
          const value = setPath(g.defaults, f.path, sample);
          const params = new URLSearchParams(formatQuery(encodeGroup(g, value)));
          const back = decodeGroup(g, params);
          expect(back.rejected, name).toEqual([]);
          expect(f.codec.format(getPath(back.value, f.path)), `${name}=${f.codec.format(sample)}`).toBe(
            f.codec.format(sample),
          );
          const isDefault = f.codec.format(sample) === f.codec.format(getPath(g.defaults, f.path));
          expect(params.has(name), name).toBe(!isDefault);
        }
      }
    }
  });

  it('round-trips all fields changed at once', () => {
    for (const g of groups) {
      let value = g.defaults;
      for (const f of Object.values(g.fields)) {
        const other = f.codec.samples.find(
          (s: unknown) => f.codec.format(s) !== f.codec.format(getPath(g.defaults, f.path)),
        );
        if (other !== undefined) value = setPath(value, f.path, other);
      }
      const back = decodeGroup(g, new URLSearchParams(formatQuery(encodeGroup(g, value))));
      const again = g.normalise ? g.normalise(value) : value;
      expect(back.value, g.key).toEqual(again);
    }
  });

  it('ignores junk values and keeps the defaults for them', () => {
    const train = groups.find((g) => g.key === 'train-settings')!;
    const d = decodeGroup(train, new URLSearchParams('train.window=abc&train.size=20&train.cbow=7'));
    expect(d.rejected.sort()).toEqual(['train.cbow', 'train.window']);
    expect(d.value.options.window).toBe(train.defaults.options.window);
    expect(d.value.options.size).toBe(20);
  });

  it('keeps the classifier split summing to one', () => {
    const data = groups.find((g) => g.key === 'classify-data')!;
    const d = decodeGroup(data, new URLSearchParams('classify.validation=0.1&classify.test=0.2'));
    expect(d.value.split.train).toBeCloseTo(0.7, 12);
    expect(d.value.split.validation).toBe(0.1);
  });
});

/** A page in memory: its query string, its localStorage and how often the URL was rewritten. */
function fakePage(search: string, stored: Record<string, string> = {}) {
  const page = {
    search,
    stored: { ...stored },
    writes: 0,
    env: null as unknown as Environment,
  };
  page.env = {
    search: () => page.search,
    base: () => 'http://host/app/',
    replaceSearch: (s) => {
      page.search = s;
      page.writes++;
    },
    load: (k) => page.stored[k] ?? null,
    save: (k, v) => {
      page.stored[k] = v;
    },
  };
  return page;
}

function testGroups(store: UrlStore) {
  const a = store.register(
    defineGroup('a', { n: 5, word: 'whale' }, { 'a.n': ['n', int(1, 50)], 'a.word': ['word', text(20)] }),
  );
  const v = store.register(
    defineGroup('v', { tab: 'x' }, { tab: ['tab', oneOf(['x', 'y'])] }, { persist: false }),
  );
  return { a, v };
}

describe('the store', () => {
  it('takes a link over what the browser remembers, and defaults for what the link lacks', () => {
    const page = fakePage('?tab=y', { 'embedding-playground:a': JSON.stringify({ n: 9, word: 'sea' }) });
    const store = new UrlStore(page.env);
    const { a, v } = testGroups(store);
    expect(store.get(v).tab).toBe('y');
    expect(store.get(a)).toEqual({ n: 5, word: 'whale' });
  });

  it('uses remembered settings when the URL holds none', () => {
    const page = fakePage('', { 'embedding-playground:a': JSON.stringify({ n: 9 }) });
    const store = new UrlStore(page.env);
    const { a, v } = testGroups(store);
    expect(store.get(a)).toEqual({ n: 9, word: 'whale' });
    expect(store.get(v).tab).toBe('x');
    store.flush();
    expect(page.search).toBe('?a.n=9');
  });

  it('writes changes to the URL and localStorage, and the link reproduces them', () => {
    const page = fakePage('');
    const store = new UrlStore(page.env);
    const { a, v } = testGroups(store);
    store.set(a, (x) => ({ ...x, word: 'white whale' }));
    store.set(v, { tab: 'y' });
    store.flush();
    expect(page.search).toBe('?a.word=white%20whale&tab=y');
    expect(JSON.parse(page.stored['embedding-playground:a'])).toEqual({ n: 5, word: 'white whale' });
    expect(page.stored['embedding-playground:v']).toBeUndefined();
    expect(store.link()).toBe('http://host/app/?a.word=white%20whale&tab=y');

    const other = new UrlStore(fakePage(page.search).env);
    const g = testGroups(other);
    expect(other.get(g.a)).toEqual({ n: 5, word: 'white whale' });
    expect(other.get(g.v)).toEqual({ tab: 'y' });
  });

  it('reports junk values and unknown parameters, and drops them from the URL', () => {
    const page = fakePage('?a.n=500&bogus=1&tab=y');
    const store = new UrlStore(page.env);
    const { a } = testGroups(store);
    expect(store.get(a).n).toBe(5);
    expect(store.linkProblems()).toEqual(['a.n=500', 'bogus']);
    store.flush();
    expect(page.search).toBe('?tab=y');
  });

  it('opens a link inside the page and tells every listener', () => {
    const page = fakePage('');
    const store = new UrlStore(page.env);
    const { a, v } = testGroups(store);
    let heard = 0;
    store.subscribe(a, () => heard++);
    store.set(a, { n: 7, word: 'sea' });
    store.open(new URLSearchParams('tab=y'));
    expect(store.get(a)).toEqual({ n: 5, word: 'whale' });
    expect(store.get(v).tab).toBe('y');
    expect(heard).toBe(2);
  });

  it('expands a short link through the expander before reading it', () => {
    const page = fakePage('?lesson=l1');
    const store = new UrlStore(page.env);
    store.setLinkExpander((p) => (p.get('lesson') === 'l1' ? new URLSearchParams('tab=y&a.n=3') : p));
    const { a, v } = testGroups(store);
    expect(store.get(a).n).toBe(3);
    expect(store.get(v).tab).toBe('y');
  });
});

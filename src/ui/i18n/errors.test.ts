import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../core/classify/csv';
import { readLabelledCsv, readLabelledJsonLines } from '../../core/classify/readers';
import { checkFractions } from '../../core/classify/split';
import { validateLabelled } from '../../core/classify/validate';
import { parseJsonLines } from '../../core/corpus/load';
import { isUserError, type Phrase, phrase, UserError } from '../../core/errors';
import { decodeText } from '../../core/text/decode';
import { VectorSpace } from '../../core/vectors/query';
import { readVectors } from '../../core/vectors/read';
import { resolveOptions } from '../../core/w2v/options';
import { buildCorpus } from '../../core/w2v/vocab';
import { CATALOGS, codedTemplate, isMessageKey, translateCoded } from './messages';
import { failure, said, showIn, worded } from './shown';

/** Every source file that can make a sentence for the page (tests excluded). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * The codes given where sentences are made: the first argument of `new UserError(`, `phrase(`
 * and the helpers that pass a code on (`malformed(`, `fail(`, `checkInt(`, `checkFlag(`). A first
 * argument may be a conditional choosing between literal codes; every literal in it counts. The
 * bare parameter `code` is the pass-through inside those helpers.
 */
function codesIn(text: string): { kind: 'error' | 'note'; code: string; at: string }[] {
  const found: { kind: 'error' | 'note'; code: string; at: string }[] = [];
  const call = /\b(new UserError|phrase|malformed|fail|checkInt|checkFlag)\(\s*/g;
  for (let m = call.exec(text); m !== null; m = call.exec(text)) {
    // The first argument: up to the first comma outside brackets and strings.
    let depth = 0;
    let i = call.lastIndex;
    let quote: string | null = null;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote && text[i - 1] !== '\\') quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    const arg = text.slice(call.lastIndex, i).trim();
    // Literals compared in a condition (`what === 'label' ? …`) are not codes.
    const literals = [
      ...arg.matchAll(/(?<![=!]==\s*)'([a-z0-9]+(?:-[a-z0-9]+)*)'(?!\s*(?:\?|===|!==))/g),
    ].map((x) => x[1]);
    const at = text.slice(Math.max(0, m.index - 40), m.index + 60).replace(/\s+/g, ' ');
    if (literals.length === 0) {
      // Helpers' names are common words (`fail(e)`); only UserError and phrase must name a code.
      // `new UserError(code, …)` and `function phrase(code: string …)` pass one on.
      if (/^code\b/.test(arg) || !/^(new UserError|phrase)$/.test(m[1])) continue;
      throw new Error(`a sentence without a literal code: …${at}…`);
    }
    const kind = m[1] === 'phrase' ? 'note' : 'error';
    for (const code of literals) found.push({ kind, code, at });
  }
  return found;
}

const ROOTS = ['src/core', 'src/model', 'src/encoder', 'src/ui', 'workers'];

describe('sentences from workers and src/core', () => {
  const all = ROOTS.flatMap((root) =>
    sourceFiles(root).flatMap((file) => codesIn(readFileSync(file, 'utf8')).map((c) => ({ ...c, file }))),
  );

  it('finds the codes in the source (the scan itself works)', () => {
    const codes = new Set(all.filter((c) => c.kind === 'error').map((c) => c.code));
    for (const known of ['empty-file', 'binary-file', 'oov', 'too-few-examples', 'invalid-size']) {
      expect(codes.has(known), known).toBe(true);
    }
    expect(all.some((c) => c.kind === 'note' && c.code === 'map-note-pca')).toBe(true);
  });

  it('has an error.<code> or note.<code> entry for every code used, in every language', () => {
    const missing = all
      .filter((c) => !isMessageKey(`${c.kind}.${c.code}`))
      .map((c) => `${c.kind}.${c.code} (${c.file})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('keeps error and note catalogues free of codes nothing uses', () => {
    const used = new Set(all.map((c) => `${c.kind}.${c.code}`));
    const page = new Set(['error.cancelled', 'error.bug']);
    const unused = Object.keys(CATALOGS.en).filter((key) => {
      const m = /^(error|note)\.([a-z0-9-]+)$/.exec(key);
      return m !== null && !used.has(key) && !page.has(key);
    });
    expect(unused).toEqual([]);
  });
});

/** Runs `f`, which must throw a UserError, and returns it. */
function thrown(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e as UserError;
    throw e;
  }
  throw new Error('expected a UserError');
}

async function rejected(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return e as UserError;
    throw e;
  }
  throw new Error('expected a UserError');
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const labelled = (spec: Record<string, number>) =>
  Object.entries(spec).flatMap(([label, n]) =>
    Array.from({ length: n }, (_, i) => ({ text: `t${i}`, label })),
  );

describe('error templates', () => {
  // Real errors from the code that makes them: the English template, filled with the error's
  // params, must give the very sentence the code wrote (the template is what translators read).
  const errors = async (): Promise<UserError[]> => [
    thrown(() => decodeText(new Uint8Array(0), 'notes.txt')),
    thrown(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'photo.txt')),
    thrown(() =>
      decodeText(new Uint8Array([...utf8('abc '), 0xc3, 0x28, ...utf8(' def')]), 'c.txt', 'utf-8'),
    ),
    thrown(() => parseJsonLines('{"text":"a"}\nnope\n', 'x.jsonl')),
    thrown(() => parseJsonLines('{"text":3}\n', 'x.jsonl')),
    thrown(() => parseDelimited('a,b\n"1,2\n', 'r.csv')),
    thrown(() => parseDelimited('a,b\n1,2,3\n', 'r.csv')),
    thrown(() => readLabelledCsv('text,stars\na,1\n', 'r.csv')),
    thrown(() => readLabelledCsv('text,label\na,1\n', 'r.csv', { labelColumn: 'nope' })),
    thrown(() => readLabelledJsonLines('{"text":"a","party":"x"}', 'd.jsonl', { labelField: 'era' })),
    thrown(() => readLabelledJsonLines('{"text":"a"}', 'd.jsonl')),
    thrown(() => validateLabelled(labelled({ pos: 10 }))),
    thrown(() => validateLabelled(labelled({ ham: 10, spam: 2 }))),
    thrown(() =>
      validateLabelled(labelled({ ham: 10, spam: 1 }), { split: { train: 0.8, validation: 0, test: 0.2 } }),
    ),
    thrown(() => validateLabelled([], { title: 'mail.csv' })),
    thrown(() => checkFractions({ train: 0.7, validation: 0.2, test: 0.2 })),
    thrown(() => buildCorpus('one two two three', { minCount: 5 })),
    thrown(() => buildCorpus('one two three', { minCount: 5 })),
    thrown(() => resolveOptions({ size: 0 })),
    thrown(() => resolveOptions({ cbow: 3 as unknown as number })),
    thrown(() => resolveOptions({ negative: 0, hs: 0 })),
    thrown(() =>
      new VectorSpace({ words: ['queen', 'king'], dim: 1, data: new Float32Array([1, 2]) }).resolve('quen'),
    ),
    thrown(() =>
      new VectorSpace({ words: ['queen', 'king'], dim: 1, data: new Float32Array([1, 2]) }).resolve('zzzzzz'),
    ),
    await rejected(readVectors(utf8('3 2\na 1 2\nb 3 4\n'))),
    await rejected(readVectors(utf8('2 3\na 1 2\nb 1 2 3\n'))),
    await rejected(readVectors(utf8('Call me Ishmael. Some years ago\n'))),
    await rejected(readVectors(new Uint8Array(0))),
  ];

  it('reproduce the English sentence the code made, and have a Japanese sentence with every value', async () => {
    const list = await errors();
    const codes = new Set(list.map((e) => e.code));
    expect(codes.size).toBeGreaterThan(20);
    for (const e of list) {
      expect(codedTemplate('en', 'error', e.code, e.params), e.code).toBe(e.message);
      const ja = translateCoded('ja', 'error', e.code, e.params, e.message);
      expect(ja, e.code).not.toBe(e.message);
      expect(ja, e.code).not.toMatch(/\{\w+\}/);
      expect(ja, e.code).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
    }
  });

  it('show warnings from the data the same way', () => {
    const v = validateLabelled([...labelled({ ham: 90, spam: 10 }), { text: ' ', label: 'ham' }]);
    expect(v.warnings.length).toBe(2);
    for (const w of v.warnings) {
      expect(codedTemplate('en', 'note', w.code, w.params), w.code).toBe(w.text);
      expect(translateCoded('ja', 'note', w.code, w.params, w.text)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('showing kept sentences', () => {
  it('shows a UserError in the interface language, an unknown code in English, a bug as a bug', () => {
    const e = thrown(() => decodeText(new Uint8Array(0), 'notes.txt'));
    expect(showIn('en', failure(e))).toBe('notes.txt is empty: there is no text to read.');
    expect(showIn('ja', failure(e))).toBe('notes.txt は空です。読み込むテキストがありません。');
    const novel = new UserError('brand-new-code', 'A sentence nobody translated yet.');
    expect(showIn('ja', failure(novel))).toBe('A sentence nobody translated yet.');
    expect(showIn('ja', failure(new Error('x is undefined')))).toContain('x is undefined');
    expect(showIn('ja', failure(new Error('x is undefined')))).toContain('不具合');
    const abort = new Error('stop');
    abort.name = 'AbortError';
    expect(showIn('ja', failure(abort))).toBe('キャンセルしました。');
  });

  it('translates a parameter that names a fixed thing, and a phrase inside an error', () => {
    const e = thrown(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 1]), 'a.txt'));
    expect(showIn('ja', failure(e))).toContain('PDF 文書のようです');
    const reason: Phrase = phrase(
      'backend-no-adapter',
      'Would not start: this browser exposes no WebGPU adapter.',
    );
    const refused = new UserError('backend-refused', `webgpu cannot be used: ${reason.text}`, {
      backend: 'webgpu',
      reason,
    });
    expect(showIn('ja', failure(refused))).toBe(
      'webgpu は使えません：起動できませんでした：このブラウザーには WebGPU アダプターがありません。',
    );
  });

  it('fills a page sentence with another kept sentence, worded in the same language', () => {
    const inner = failure(thrown(() => decodeText(new Uint8Array(0), 'n.txt')));
    expect(showIn('ja', said('vectors.restoreFailed', {}, { why: inner }))).toBe(
      '保存済みのベクトルを読み込めませんでした：n.txt は空です。読み込むテキストがありません。',
    );
    expect(showIn('ja', worded(phrase('phase-done', 'Done')))).toBe('完了');
  });
});

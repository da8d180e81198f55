import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cleaner, cleanTexts, createCleaner, loadLemmatizer, previewClean, stripHtml } from './clean';
import { NEGATIONS, STOPWORDS_FULL, STOPWORDS_NEGATION_SAFE } from './stopwords';
import { DEFAULT_TOKENIZER } from './tokenizerSpec';

const OFF = {
  stripHtml: false,
  lowercase: false,
  lettersOnly: false,
  keepApostrophes: false,
  minLength: 1,
  stopwords: 'none',
  lemmatize: false,
  stem: false,
} as const;

describe('stripHtml', () => {
  it('removes tags, decodes entities and drops script and style contents', () => {
    expect(stripHtml('<p>Fish &amp; chips</p><script>var x = "evil";</script><style>p{}</style>ok')).toBe(
      ' Fish & chips ok',
    );
  });

  it('turns block tags into spaces but lets inline tags vanish', () => {
    expect(stripHtml('one<br>two<div>three</div>f<b>ou</b>r')).toBe('one  two three four');
  });

  it('decodes numeric and named entities', () => {
    expect(stripHtml('caf&eacute; &#8220;hi&#8221; &lt;tag&gt;')).toBe('café “hi” <tag>');
  });

  it('returns plain text unchanged', () => {
    const s = 'no markup here: a > b';
    expect(stripHtml(s)).toBe(s);
  });
});

describe('Cleaner steps', () => {
  it('with everything off splits on non-word characters only', () => {
    expect(new Cleaner(OFF).tokens('The <b>cat</b> sat, 2 times!')).toEqual([
      'The',
      'b',
      'cat',
      'b',
      'sat',
      '2',
      'times',
    ]);
  });

  it('lettersOnly drops digits and splits at them', () => {
    expect(new Cleaner({ ...OFF, lettersOnly: true }).tokens('win $1000 now4u')).toEqual(['win', 'now', 'u']);
  });

  it('keeps Unicode letters', () => {
    expect(
      new Cleaner({ ...OFF, lettersOnly: true, lowercase: true }).tokens('Ça va? Übermäßig ΑΘΗΝΑ'),
    ).toEqual(['ça', 'va', 'übermäßig', 'αθηνα']);
  });

  it('keeps inner apostrophes as an option, normalising ’', () => {
    const text = "Don’t 'quote' it's";
    expect(new Cleaner({ ...OFF, keepApostrophes: true }).tokens(text)).toEqual(["Don't", 'quote', "it's"]);
    expect(new Cleaner({ ...OFF }).tokens(text)).toEqual(['Don', 't', 'quote', 'it', 's']);
  });

  it('applies the minimum length', () => {
    expect(new Cleaner({ ...OFF, minLength: 3 }).tokens('a an the cats')).toEqual(['the', 'cats']);
  });

  it('negation-safe stopwords keep negations, the full list deletes them', () => {
    const text = "This movie is not good, and I don't like it. Never again!";
    const base = { ...OFF, lowercase: true, lettersOnly: true, keepApostrophes: true };
    expect(new Cleaner({ ...base, stopwords: 'negation-safe' }).tokens(text)).toEqual([
      'movie',
      'not',
      'good',
      "don't",
      'like',
      'never',
    ]);
    expect(new Cleaner({ ...base, stopwords: 'full' }).tokens(text)).toEqual(['movie', 'good', 'like']);
  });

  it('without apostrophes the negation-safe list still keeps the "don" half', () => {
    const c = new Cleaner({ ...OFF, lowercase: true, stopwords: 'negation-safe' });
    expect(c.tokens("I don't")).toEqual(['don']);
  });

  it('matches stopwords by lowercase form when lowercase is off', () => {
    expect(new Cleaner({ ...OFF, stopwords: 'full' }).tokens('The Cat')).toEqual(['Cat']);
  });

  it('stems after stopwords, lowercasing', () => {
    expect(new Cleaner({ ...OFF, stem: true, stopwords: 'full' }).tokens('The Ponies were Hopping')).toEqual([
      'poni',
      'hop',
    ]);
  });

  it('has sensible defaults', () => {
    const c = new Cleaner();
    expect(c.tokens('<p>I did NOT enjoy this film &mdash; 0/10.</p>')).toEqual(['not', 'enjoy', 'film']);
  });
});

describe('stopword lists', () => {
  it('the negation-safe list holds no negation and the full list holds all of them', () => {
    for (const w of NEGATIONS) {
      expect(STOPWORDS_NEGATION_SAFE.has(w)).toBe(false);
      expect(STOPWORDS_FULL.has(w)).toBe(true);
    }
    for (const w of [
      'not',
      'no',
      'nor',
      'never',
      'none',
      'nothing',
      'neither',
      'nobody',
      'nowhere',
      'cannot',
    ]) {
      expect(NEGATIONS).toContain(w);
    }
    expect(STOPWORDS_NEGATION_SAFE.has('the')).toBe(true);
  });
});

describe('preview', () => {
  it('reports every word and why it was dropped', async () => {
    const p = await previewClean('<i>The</i> cats &amp; a dog', { stem: true });
    expect(p.text).toBe('The cats & a dog');
    expect(p.words).toEqual([
      { word: 'the', token: null, dropped: 'stopword' },
      { word: 'cats', token: 'cat' },
      { word: 'a', token: null, dropped: 'stopword' },
      { word: 'dog', token: 'dog' },
    ]);
    expect(p.tokens).toEqual(['cat', 'dog']);
  });
});

describe('lemmatizing', () => {
  it('loads the lemmatizer lazily and once', async () => {
    const a = await loadLemmatizer();
    expect(await loadLemmatizer()).toBe(a);
    const c = await createCleaner({ lemmatize: true, stopwords: 'none' });
    expect(c.tokens('The children were running')).toEqual(['the', 'child', 'be', 'run']);
  });

  it('refuses to lemmatize without a lemmatizer (a programming error)', () => {
    expect(() => new Cleaner({ lemmatize: true })).toThrow(/lemmatizer/);
  });
});

describe('a whole corpus', () => {
  it('cleans the SpamAssassin set (1,200 mails) into tokens', () => {
    const texts = readFileSync('public/corpora/spam-ham.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const cleaner = new Cleaner({ stem: true });
    // Speed is not asserted here (timed tests fail on a loaded machine); it is about 0.35 s.
    const tokens = cleanTexts(texts, cleaner);
    expect(texts.length).toBe(1200);
    expect(tokens).toHaveLength(1200);
    // Letters and apostrophes only: HTML, digits and punctuation are gone.
    expect(tokens.flat().filter((w) => !/^[\p{L}\p{M}']+$/u.test(w))).toEqual([]);
  });
});

describe('Cleaner with a segmenter (unspaced scripts)', () => {
  const ja = { ...DEFAULT_TOKENIZER, language: 'ja' as const };

  it('splits Japanese with Intl.Segmenter, keeps one-kanji words, removes Japanese stopwords', async () => {
    const c = await createCleaner({ tokenizer: { ...ja, japaneseStopwords: true } });
    // ICU's segmentation (Node's): 猫|が|魚|を|好き|だ|とても|美味|しく|ない|OK|2024.
    expect(c.tokens('<p>猫が魚を好きだ。</p>とても美味しくない！ OK 2024')).toEqual([
      '猫',
      '魚',
      '好き',
      'とても',
      '美味',
      'しく',
      'ない',
      'ok',
    ]);
    const preview = c.preview('猫が好き');
    expect(preview.words).toEqual([
      { word: '猫', token: '猫' },
      { word: 'が', token: null, dropped: 'stopword' },
      { word: '好き', token: '好き' },
    ]);
  });

  it("keeps the English path unchanged when the spec resolves to 'space'", async () => {
    const text = "I didn't like it, the <b>plot</b> was NOT good";
    const plain = await createCleaner({});
    const auto = await createCleaner({ tokenizer: { ...DEFAULT_TOKENIZER, language: 'spaced' } });
    expect(auto.tokens(text)).toEqual(plain.tokens(text));
  });
});

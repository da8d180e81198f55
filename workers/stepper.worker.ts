/**
 * The step-through mode of word2vec: a small corpus (a built-in teaching corpus, or the first
 * words of the corpus in use), the real trainer advanced one pair at a time, and each step sent
 * back as a small object (the last pair's trace and every word's 2-D position). The vocabulary
 * crosses once, with words hidden by the classroom word filter replaced by null.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { type CorpusSource, loadCorpus } from '../src/core/corpus/load';
import { UserError } from '../src/core/errors';
import { createTokenizer, type TokenizerSpec } from '../src/core/text/tokenizerSpec';
import { maskWords, WordFilter, type WordFilterSetting } from '../src/core/vectors/wordFilter';
import type { W2VConfig, W2VOptions } from '../src/core/w2v/options';
import { firstWordsCorpus, StepSession, type StepView } from '../src/core/w2v/stepSession';
import { TEACHING_CORPORA, type TeachingCorpusId } from '../src/core/w2v/teachingCorpus';
import { buildCorpus, type CorpusData } from '../src/core/w2v/vocab';
import { setAppDictionary } from './dictionary';

setAppDictionary();

export type StepCorpus =
  | { kind: 'teaching'; language: TeachingCorpusId }
  | { kind: 'current'; source: CorpusSource; words: number; tokenizer: TokenizerSpec };

export interface StepSetup {
  corpus: StepCorpus;
  options: Partial<W2VOptions>;
}

export interface StepInfo {
  /** index → word, `</s>` at 0; null where the word filter hides the word. */
  words: (string | null)[];
  counts: number[];
  /** How many vocabulary words the filter hides. */
  hiddenWords: number;
  config: W2VConfig;
}

let session: StepSession | null = null;
let filter: WordFilter | null = null;
/** The last corpus text read, so Reset on the same corpus does not read it again. */
let cachedText: { key: string; text: string } | null = null;

function sourceKey(source: CorpusSource): string {
  const { file, ...rest } = source as CorpusSource & { file?: Blob };
  const f = file as (Blob & { name?: string; lastModified?: number }) | undefined;
  return JSON.stringify({ ...rest, file: f ? [f.name, f.size, f.lastModified] : null });
}

async function corpusOf(c: StepCorpus, minCount: number): Promise<CorpusData> {
  if (c.kind === 'teaching') return buildCorpus(TEACHING_CORPORA[c.language], { minCount });
  const key = sourceKey(c.source);
  if (cachedText?.key !== key) cachedText = { key, text: (await loadCorpus(c.source)).text };
  const { tokenizer } = await createTokenizer(c.tokenizer);
  return firstWordsCorpus(cachedText.text, c.words, { tokenizer, minCount });
}

function requireSession(): StepSession {
  if (!session) {
    throw new UserError('no-step-session', 'Start the step-through first (press Reset).');
  }
  return session;
}

function infoOf(s: StepSession): StepInfo {
  const words = maskWords(s.data.vocab.words, filter);
  return {
    words,
    counts: Array.from(s.data.vocab.counts),
    hiddenWords: words.reduce((n, w) => n + (w === null ? 1 : 0), 0),
    config: s.config,
  };
}

const api = {
  /**
   * Builds the corpus and a fresh model from the setup (seed included) and returns step 0. A
   * setup that fails (a refused setting, an unreadable corpus) leaves the previous session.
   */
  async open(setup: StepSetup): Promise<{ info: StepInfo; view: StepView }> {
    const minCount = setup.options.minCount ?? 1;
    const data = await corpusOf(setup.corpus, minCount);
    const s = await StepSession.open(data, setup.options);
    session = s;
    return { info: infoOf(s), view: s.view() };
  },

  /** Trains `n` pairs; the view carries the last one's trace. */
  step(n: number): StepView {
    return requireSession().step(n);
  },

  /** The vocabulary again (after the word filter changed). */
  info(): StepInfo | null {
    return session ? infoOf(session) : null;
  },

  setWordFilter(setting: WordFilterSetting): void {
    filter = WordFilter.from(setting);
  },
};

export type StepperApi = typeof api;
Comlink.expose(api);

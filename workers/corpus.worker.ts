/** Reads, checks and summarises a corpus off the page's thread; computes its vocabulary charts. */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { type CorpusSource, loadCorpus } from '../src/core/corpus/load';
import { type CorpusSummary, summarize } from '../src/core/corpus/summary';
import { createTokenizer, type TokenizerSpec } from '../src/core/text/tokenizerSpec';
import { maskWords, WordFilter, type WordFilterSetting } from '../src/core/vectors/wordFilter';
import { type DistributionCharts, distributionCharts } from '../src/core/w2v/distributions';
import { keepProbabilities } from '../src/core/w2v/tables';
import { buildCorpus, type Vocab } from '../src/core/w2v/vocab';
import { setAppDictionary } from './dictionary';

setAppDictionary();

export interface ChartsRequest {
  source: CorpusSource;
  tokenizer: TokenizerSpec;
  minCount: number;
  maxVocab: number;
  sample: number;
  power: number;
  tableSize: number;
  /** Words to mark on the keep-probability chart (for example the words watched in training). */
  mark: string[];
}

export interface MarkedWord {
  word: string;
  rank: number;
  frequency: number;
  keep: number;
}

export interface VocabularyCharts extends DistributionCharts {
  /** The words of `top` (null where the classroom word filter hides one). */
  topWords: (string | null)[];
  /** Named words on the keep chart: the requested ones in the vocabulary, then ranks 1, 10, 100, 1000. */
  marked: MarkedWord[];
  seconds: number;
}

let filter: WordFilter | null = null;
/** The last vocabulary built, so moving the sample or power slider does not tokenize again. */
let cached: { key: string; vocab: Vocab } | null = null;

function vocabKey(r: ChartsRequest): string {
  const { file, ...rest } = r.source as CorpusSource & { file?: Blob };
  const f = file as (Blob & { name?: string; lastModified?: number }) | undefined;
  return JSON.stringify([
    rest,
    f ? [f.name, f.size, f.lastModified] : null,
    r.tokenizer,
    r.minCount,
    r.maxVocab,
  ]);
}

async function vocabularyOf(r: ChartsRequest): Promise<Vocab> {
  const key = vocabKey(r);
  if (cached?.key === key) return cached.vocab;
  const corpus = await loadCorpus(r.source);
  const { tokenizer } = await createTokenizer(r.tokenizer);
  const { vocab } = buildCorpus(corpus.text, { tokenizer, minCount: r.minCount, maxVocab: r.maxVocab });
  cached = { key, vocab };
  return vocab;
}

function markedWords(vocab: Vocab, charts: DistributionCharts, wanted: string[]): MarkedWord[] {
  const ids: number[] = [];
  for (const w of wanted) {
    const id = vocab.index.get(w);
    if (id !== undefined && id > 0 && !ids.includes(id)) ids.push(id);
  }
  for (const rank of [1, 10, 100, 1000]) if (rank < vocab.words.length && !ids.includes(rank)) ids.push(rank);
  const out: MarkedWord[] = [];
  for (const id of ids) {
    const word = vocab.words[id];
    if (filter?.matches(word)) continue;
    const count = vocab.counts[id];
    const frequency = count / charts.trainWords;
    // The engine's own keep probability for this word, capped at 1 as the chart shows it.
    const keep =
      charts.sample > 0 ? Math.min(1, keepProbabilities([count], charts.trainWords, charts.sample)[0]) : 1;
    out.push({ word, rank: id, frequency, keep });
  }
  return out.slice(0, 8);
}

const api = {
  async inspect(source: CorpusSource): Promise<CorpusSummary> {
    return summarize(await loadCorpus(source));
  },

  /** The unigram and subsampling charts of the corpus as word2vec would read it with these settings. */
  async vocabularyCharts(r: ChartsRequest): Promise<VocabularyCharts> {
    const t0 = performance.now();
    const vocab = await vocabularyOf(r);
    const charts = distributionCharts(vocab, { power: r.power, sample: r.sample, tableSize: r.tableSize });
    return {
      ...charts,
      topWords: maskWords(
        charts.top.map((row) => vocab.words[row.id]),
        filter,
      ),
      marked: markedWords(vocab, charts, r.mark),
      seconds: (performance.now() - t0) / 1000,
    };
  },

  setWordFilter(setting: WordFilterSetting): void {
    filter = WordFilter.from(setting);
  },
};

export type CorpusApi = typeof api;
Comlink.expose(api);

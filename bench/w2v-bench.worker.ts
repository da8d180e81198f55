/**
 * Benchmarks run inside a browser worker, as the app runs them: word2vec training speed (one
 * worker, or several on a shared-memory model through the app's own helper worker) and
 * streamed vector-file reading speed. Same corpora and settings as the Node benches.
 */
import * as Comlink from 'comlink';
import { SpaceTokenizer } from '../src/core/text/tokenize';
import { word2vecBinaryChunks, word2vecTextChunks } from '../src/core/vectors/write';
import { W2VModel } from '../src/core/w2v/model';
import { createTrainer } from '../src/core/w2v/trainer';
import { buildCorpus, type CorpusData } from '../src/core/w2v/vocab';
import type { W2VHelperApi } from '../workers/w2v-helper.worker';
import { benchRead, generateVectors } from './io-measure';

export interface W2VBrowserConfig {
  corpus: 'moby' | 'sotu';
  cbow: boolean;
  size: number;
  workers: number;
  iter: number;
}

const corpora = new Map<string, CorpusData>();

/** Moby Dick as it is; State of the Union with one speech per line (as the Node bench). */
async function corpusData(name: 'moby' | 'sotu'): Promise<CorpusData> {
  const cached = corpora.get(name);
  if (cached) return cached;
  const file = name === 'moby' ? '/corpora/moby-dick.txt' : '/corpora/sotu.jsonl';
  const raw = await (await fetch(file)).text();
  const text =
    name === 'moby'
      ? raw
      : raw
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => (JSON.parse(l) as { text: string }).text.replace(/\s+/g, ' '))
          .join('\n');
  const data = buildCorpus(text, { tokenizer: new SpaceTokenizer(), minCount: 5 });
  corpora.set(name, data);
  return data;
}

const api = {
  crossOriginIsolated(): boolean {
    return globalThis.crossOriginIsolated === true;
  },

  /** Trains `iter` epochs with the settings; returns words/s for all workers and per worker. */
  async w2v(cfg: W2VBrowserConfig) {
    const data = await corpusData(cfg.corpus);
    const options = {
      cbow: cfg.cbow ? 1 : 0,
      size: cfg.size,
      window: 5,
      negative: 5,
      sample: 1e-3,
      iter: cfg.iter,
    };
    const model = W2VModel.create(data, options, { shared: cfg.workers > 1, workers: cfg.workers });
    const trainer = await createTrainer(model, { worker: 0, workers: cfg.workers });
    const flags = new Int32Array(cfg.workers > 1 ? new SharedArrayBuffer(8) : new ArrayBuffer(8));
    const helpers: Worker[] = [];
    const runs: Promise<unknown>[] = [];
    const t0 = performance.now();
    for (let k = 1; k < cfg.workers; k++) {
      const w = new Worker(new URL('../workers/w2v-helper.worker.ts', import.meta.url), { type: 'module' });
      helpers.push(w);
      runs.push(Comlink.wrap<W2VHelperApi>(w).train(model.handle, k, cfg.workers, flags));
    }
    while (!trainer.done) trainer.train(100_000);
    await Promise.all(runs);
    const seconds = (performance.now() - t0) / 1000;
    for (const w of helpers) w.terminate();
    const words = model.layout.corpusLength * cfg.iter;
    return {
      words,
      seconds,
      wordsPerSec: words / seconds,
      wordsPerSecPerWorker: words / seconds / cfg.workers,
      engine: trainer.engine,
      vocab: data.vocab.words.length,
    };
  },

  /** Generates a vector file in memory, then reads it back streamed from a Blob, as a dropped File. */
  async io(words: number, dims: number) {
    const set = generateVectors(words, dims);
    const out: Record<string, { bytes: number; seconds: number; mbPerSec: number }> = {};
    for (const [name, chunks] of [
      ['bin', word2vecBinaryChunks(set)],
      ['txt', word2vecTextChunks(set)],
    ] as const) {
      const blob = new Blob([...chunks] as BlobPart[]);
      let best = { bytes: 0, seconds: Number.POSITIVE_INFINITY, mbPerSec: 0 };
      for (let run = 0; run < 3; run++) {
        const r = await benchRead(blob.stream());
        if (r.seconds < best.seconds) best = { bytes: r.bytes, seconds: r.seconds, mbPerSec: r.mbPerSec };
      }
      out[name] = best;
    }
    return out;
  },
};

export type W2VBenchApi = typeof api;
Comlink.expose(api);

/** Worker thread for `readCorpusInWorker` (bin/w2v-read.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../src/core/errors.ts';
import { type ReadReport, readCorpus } from './w2v-read.ts';

const { path, minCount, maxVocab } = workerData as { path: string; minCount: number; maxVocab: number };
try {
  const { vocab, corpus } = await readCorpus(path, minCount, maxVocab);
  const counts = vocab.counts;
  const report: ReadReport = { ok: true, words: vocab.words as string[], counts, corpus };
  parentPort!.postMessage(report, [counts.buffer as ArrayBuffer, corpus.buffer as ArrayBuffer]);
} catch (e) {
  const report: ReadReport = {
    ok: false,
    code: isUserError(e) ? e.code : undefined,
    message: e instanceof Error ? e.message : String(e),
  };
  parentPort!.postMessage(report);
}

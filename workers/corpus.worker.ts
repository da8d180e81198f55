/** Reads, checks and summarises a corpus off the page's thread. */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import { type CorpusSource, loadCorpus } from '../src/core/corpus/load';
import { type CorpusSummary, summarize } from '../src/core/corpus/summary';

const api = {
  async inspect(source: CorpusSource): Promise<CorpusSummary> {
    return summarize(await loadCorpus(source));
  },
};

export type CorpusApi = typeof api;
Comlink.expose(api);

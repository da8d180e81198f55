/** The benchmark page: exposes the benchmark worker's API as `window.w2vBench` for Playwright. */
import * as Comlink from 'comlink';
import type { W2VBenchApi } from './w2v-bench.worker';

const api = Comlink.wrap<W2VBenchApi>(
  new Worker(new URL('./w2v-bench.worker.ts', import.meta.url), { type: 'module', name: 'w2v-bench' }),
);
(window as unknown as { w2vBench: typeof api }).w2vBench = api;
document.body.dataset.ready = 'true';

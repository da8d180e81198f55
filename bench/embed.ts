/**
 * The sentence-embedding benchmark page: the app's own encoder worker, driven through
 * `window.embedBench` (by scripts/bench-embed.mjs and the end-to-end tests). The model folder
 * comes from the page's folder input; the texts are the built-in spam/ham e-mails.
 */
import * as Comlink from 'comlink';
import type { EncoderApi } from '../workers/encoder.worker';
import '../src/bridge/errors';
import type { WeightFormat } from '../src/core/embed/modelFolder';
import type { Pooling } from '../src/core/embed/pooling';
import type { DeviceChoice, EncoderInfo } from '../src/encoder/encoder';

const logEl = document.getElementById('log') as HTMLPreElement;
const input = document.getElementById('model') as HTMLInputElement;
const log = (s: string) => {
  logEl.textContent += `${s}\n`;
};

let worker: Worker | null = null;
let remote: Comlink.Remote<EncoderApi> | null = null;

/** A fresh worker per load, so WebGPU and wasm runs do not share a process's ORT state. */
function fresh(): Comlink.Remote<EncoderApi> {
  worker?.terminate();
  worker = new Worker(new URL('../workers/encoder.worker.ts', import.meta.url), {
    type: 'module',
    name: 'encoder',
  });
  remote = Comlink.wrap<EncoderApi>(worker);
  return remote;
}

let corpus: string[] | null = null;

async function spamHamTexts(n: number): Promise<string[]> {
  if (corpus === null) {
    const text = await (await fetch(new URL('../corpora/spam-ham.jsonl', document.baseURI))).text();
    corpus = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => String((JSON.parse(l) as { text: unknown }).text));
  }
  return corpus.slice(0, n);
}

export interface RunConfig {
  texts: number;
  batchSize: number;
  maxLength: number;
  layer?: number;
  pooling?: Pooling;
}

const bench = {
  /** Loads the model folder chosen in the input on `device` (`threads`: WebAssembly threads). */
  async load(device: DeviceChoice, dtype?: WeightFormat, threads?: number): Promise<EncoderInfo> {
    const files = Array.from(input.files ?? []).map((file) => ({
      path: file.webkitRelativePath || file.name,
      file,
    }));
    const info = await fresh().load(
      { kind: 'files', files },
      { device, dtype, threads, budget: 4 * 1024 ** 3 },
      Comlink.proxy(() => {}),
    );
    log(`loaded ${info.name} (${info.variant.file}) on ${info.device} in ${info.loadSeconds.toFixed(2)} s`);
    return info;
  },

  /** Embeds the first `texts` spam/ham e-mails; returns the speed. */
  async run(c: RunConfig) {
    if (!remote) throw new Error('load a model first');
    const info = (await remote.info())!;
    const texts = await spamHamTexts(c.texts);
    const r = await remote.embed(
      texts,
      {
        layer: c.layer ?? info.defaultLayer,
        pooling: c.pooling ?? 'mean',
        batchSize: c.batchSize,
        maxLength: c.maxLength,
      },
      Comlink.proxy(() => {}),
    );
    log(`${r.done} texts in ${r.seconds.toFixed(2)} s: ${r.textsPerSec.toFixed(1)} texts/s`);
    return { ...r, vectors: undefined, device: info.device };
  },

  /** Sentence vectors of `texts` (for comparing with Node's), as plain arrays. */
  async vectors(
    texts: string[],
    o: { layer: number; pooling: Pooling; batchSize: number; maxLength: number },
  ) {
    if (!remote) throw new Error('load a model first');
    const r = await remote.embed(
      texts,
      o,
      Comlink.proxy(() => {}),
    );
    return { dim: r.dim, values: Array.from(r.vectors) };
  },
};

declare global {
  interface Window {
    embedBench: typeof bench;
  }
}
window.embedBench = bench;
document.body.dataset.ready = 'true';

/**
 * The LSTM benchmark page. The work runs in bench/lstm.worker.ts; this page only forwards
 * `window.lstmBench.<method>(...)` calls to it (Playwright drives them) and shows its log.
 * Plain postMessage, no shared libraries: the page shares no code with the app's entry, so adding
 * it as a second Vite input leaves the app's own bundle as it was.
 */
import type { LstmBenchApi } from './lstm.worker';

type Remote = {
  [K in keyof LstmBenchApi]: (...args: Parameters<LstmBenchApi[K]>) => ReturnType<LstmBenchApi[K]>;
};

const logEl = document.getElementById('log') as HTMLPreElement;
const worker = new Worker(new URL('./lstm.worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextId = 1;

worker.onmessage = (e: MessageEvent<{ id?: number; result?: unknown; error?: string; log?: string }>) => {
  const { id, result, error, log } = e.data;
  if (log !== undefined) {
    logEl.textContent += `${log}\n`;
    if (log === 'worker ready') document.body.dataset.ready = 'true';
    return;
  }
  const p = id === undefined ? undefined : pending.get(id);
  if (!p || id === undefined) return;
  pending.delete(id);
  if (error !== undefined) p.reject(new Error(error));
  else p.resolve(result);
};
worker.onerror = (e) => {
  logEl.textContent += `worker error: ${e.message}\n`;
};

function call(method: string, args: unknown[]): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, method, args });
  });
}

const methods = [
  'backends',
  'parity',
  'curves',
  'prepare',
  'timedBatches',
  'finish',
  'train',
  'profile',
  'numTensors',
] as const;
const remote = Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => call(m, args)])) as Remote;

declare global {
  interface Window {
    lstmBench: Remote;
  }
}
window.lstmBench = remote;

/**
 * The one place that imports transformers.js and decides where it may read files from.
 *
 * transformers.js looks for a model's files in a cache first, then at a local path, then on the
 * Hugging Face hub. By default the page allows none of the network: a dropped folder is served
 * through `env.customCache` (its `match` answers with the dropped Blob), every other request
 * gets a 404 from our own `env.fetch`, and remote models are off. Only after the user switches
 * the hub on (`allowHubDownloads`) does `env.fetch` become the real fetch for huggingface.co.
 *
 * ONNX Runtime Web's glue script and WebAssembly binary are served by the app itself (copied
 * out of node_modules into public/ort/ by scripts/copy-ort.mjs); by default transformers.js
 * would fetch them from a CDN.
 */
import { env, LogLevel } from '@huggingface/transformers';

export {
  AutoModel,
  AutoTokenizer,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  Tensor,
} from '@huggingface/transformers';

/** The ONNX Runtime Web build transformers.js uses for both WebGPU and wasm (JSPI-free). */
export const ORT_FILES = {
  mjs: 'ort-wasm-simd-threaded.asyncify.mjs',
  wasm: 'ort-wasm-simd-threaded.asyncify.wasm',
} as const;

/** Served files, keyed by path relative to the model root ("onnx/model.onnx"). */
export type LocalFiles = Map<string, Blob>;

const refuse = async (): Promise<Response> => new Response(null, { status: 404, statusText: 'Not served' });

/** Points ONNX Runtime Web at the app's own copy of its files (`base` ends with '/'). */
export function loadOrtFrom(base: string): void {
  const wasm = env.backends.onnx.wasm;
  if (!wasm) return;
  wasm.wasmPaths = { mjs: base + ORT_FILES.mjs, wasm: base + ORT_FILES.wasm };
  // ORT runs in this worker already; its own proxy worker would only add a copy.
  wasm.proxy = false;
}

/**
 * WebAssembly threads for ONNX Runtime (by default min(4, cores / 2) when the page is
 * cross-origin isolated, else 1). Takes effect only before the first model of a worker loads.
 */
export function setWasmThreads(threads: number): void {
  const wasm = env.backends.onnx.wasm;
  if (wasm) wasm.numThreads = threads;
}

function common(): void {
  env.logLevel = LogLevel.ERROR;
  // The WASM cache would import ORT's glue from a blob: URL, which the CSP's script-src refuses.
  env.useWasmCache = false;
  env.useFSCache = false;
  env.useFS = false;
  env.experimental_useCrossOriginStorage = false;
}

/** Dropped folders being served, by the model id transformers.js is asked to load them under. */
const served = new Map<string, LocalFiles>();

/**
 * The cache transformers.js consults first. Keys it asks for end in `<id>/<path>` (a local path)
 * or `<id>/resolve/<revision>/<path>` (a hub URL); the answer is the dropped Blob, or nothing.
 */
const droppedFiles = {
  async match(key: string): Promise<Response | undefined> {
    for (const [id, files] of served) {
      const at = key.indexOf(`/${id}/`);
      if (at < 0) continue;
      const rel = key.slice(at + id.length + 2).replace(/^resolve\/[^/]+\//, '');
      const blob = files.get(rel);
      return blob ? new Response(blob, { headers: { 'content-length': String(blob.size) } }) : undefined;
    }
    return undefined;
  },
  async put(): Promise<void> {
    // Nothing to store: the files are already here.
  },
};

/**
 * Serves `files` as model `id` (a name no hub model has) and nothing else: no network, no file
 * system. Several folders may be served at once (loads running side by side in Node's tests).
 */
export function serveLocalFiles(id: string, files: LocalFiles): void {
  common();
  served.set(id, files);
  env.allowRemoteModels = false;
  // "Local" lookups go through env.fetch, which refuses: a file not dropped is simply missing.
  env.allowLocalModels = true;
  env.localModelPath = '/local-models/';
  env.useBrowserCache = false;
  env.fetch = refuse;
  env.useCustomCache = true;
  env.customCache = droppedFiles;
}

/** Stops serving a folder (its model is loaded or failed): the Blobs can be collected. */
export function forgetLocalFiles(id: string): void {
  served.delete(id);
}

/**
 * Lets transformers.js download from the Hugging Face hub (after the user opted in). Downloads
 * go to the browser's Cache Storage, so a second load reads them from there.
 */
export function allowHubDownloads(): void {
  common();
  env.useCustomCache = false;
  env.customCache = null;
  env.allowLocalModels = false;
  env.allowRemoteModels = true;
  env.remoteHost = HUB_ORIGIN + '/';
  env.useBrowserCache = typeof caches !== 'undefined';
  env.fetch = globalThis.fetch.bind(globalThis);
}

export const HUB_ORIGIN = 'https://huggingface.co';

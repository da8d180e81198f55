import { W2V_SHARED_WASM_BASE64, W2V_WASM_BASE64 } from './build/w2v-wasm.ts';

/**
 * Compiled word2vec kernels. The bytes are embedded (base64, about 7 KB each) in a module that
 * scripts/build-wasm.mjs generates, so loading needs no fetch, no URL resolution and no bundler
 * plugin: the same code runs in Node, Vitest and a Vite-bundled module worker. Two builds exist
 * because an imported memory's `shared` flag must match the module's declaration exactly.
 */
export interface W2VKernelExports {
  /** See src/core/wasm/assembly/w2v.ts. Returns the corpus position reached. */
  trainChunk(ctx: number, pos: number, end: number, alpha: number, minWords: number): number;
}

const compiled = new Map<boolean, Promise<WebAssembly.Module>>();

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The compiled kernel for a private (`shared` false) or shared memory; compiled once per realm. */
export function kernelModule(shared: boolean): Promise<WebAssembly.Module> {
  let m = compiled.get(shared);
  if (!m) {
    m = WebAssembly.compile(decodeBase64(shared ? W2V_SHARED_WASM_BASE64 : W2V_WASM_BASE64));
    compiled.set(shared, m);
  }
  return m;
}

/** One kernel instance on `memory`. Instances are cheap; each trainer gets its own. */
export async function instantiateKernel(memory: WebAssembly.Memory): Promise<W2VKernelExports> {
  const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
  const instance = await WebAssembly.instantiate(await kernelModule(shared), { env: { memory } });
  return instance.exports as unknown as W2VKernelExports;
}

// The smallest module using a v128 instruction: (func (result v128) v128.const 0).
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
]);

/** Whether this engine runs WebAssembly 128-bit SIMD (every current browser and Node ≥ 16 do). */
export function simdSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

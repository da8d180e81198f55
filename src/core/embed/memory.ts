/**
 * Whether a model can be loaded at all, decided from file sizes before anything is read.
 *
 * ONNX Runtime Web keeps the model's bytes in a JavaScript buffer while it builds the session in
 * its WebAssembly heap (weights copied once more, plus working memory), so loading takes about
 * `LOAD_FACTOR` × the file size at its peak. The heap is 32-bit: 4 GiB at most whatever the
 * machine has. Browsers say a little about the rest: `navigator.deviceMemory` (GiB, rounded and
 * capped at 8 by Chrome) and Chrome's `performance.memory.jsHeapSizeLimit` (bytes).
 */
import { UserError } from '../errors';

const GIB = 1024 ** 3;
/** Peak bytes while loading, per byte of model file (JS copy + heap copy + session slack). */
export const LOAD_FACTOR = 2.5;
/** The WebAssembly heap's hard limit (wasm32 addresses). */
export const WASM_HEAP_LIMIT = 4 * GIB;

export interface MemoryFacts {
  /** navigator.deviceMemory in GiB, when the browser gives it. */
  deviceMemoryGiB?: number;
  /** performance.memory.jsHeapSizeLimit in bytes, when the browser gives it. */
  jsHeapLimit?: number;
}

/** Bytes a model may need while loading, at most: the smallest of what we know. */
export function memoryBudget(facts: MemoryFacts): number {
  let budget = WASM_HEAP_LIMIT;
  // A page should not plan on more than half of the machine's memory.
  if (facts.deviceMemoryGiB && facts.deviceMemoryGiB > 0)
    budget = Math.min(budget, (facts.deviceMemoryGiB * GIB) / 2);
  if (facts.jsHeapLimit && facts.jsHeapLimit > 0) budget = Math.min(budget, facts.jsHeapLimit);
  return budget;
}

function mb(bytes: number): number {
  return Math.round(bytes / 1e6);
}

/** Throws when `modelBytes` would not fit in `budget` while loading. */
export function checkModelFits(modelBytes: number, budget: number, modelName: string): void {
  const need = modelBytes * LOAD_FACTOR;
  if (need <= budget) return;
  throw new UserError(
    'encoder-too-large',
    `“${modelName}” is ${mb(modelBytes)} MB; loading it takes about ${mb(need)} MB of memory, more than this page can count on here (${mb(budget)} MB). Choose a quantized variant (model_quantized.onnx is about a quarter of the size) or a smaller model.`,
    { name: modelName, size: mb(modelBytes), need: mb(need), budget: mb(budget) },
  );
}

/**
 * Whether an error thrown while loading or running a model is the runtime running out of
 * memory (a failed ArrayBuffer or WebAssembly.Memory allocation, ORT's "bad_alloc"), which the
 * user can fix by choosing a smaller model.
 */
export function isOutOfMemory(e: unknown): boolean {
  const m = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /out of memory|allocation failed|bad_alloc|Cannot allocate|Aborted\(OOM\)|could not allocate|WebAssembly\.Memory/i.test(
    m,
  );
}

import { memoryBudget } from '../../core/embed/memory';

/** "23 MB", "4.1 MB", "512 kB": decimal units, as file managers and the hub show sizes. */
export function megabytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
  const mb = bytes / 1e6;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** What the browser tells about memory: navigator.deviceMemory (GiB), Chrome's JS heap limit. */
export function pageMemoryBudget(): number {
  const nav = navigator as Navigator & { deviceMemory?: number };
  const perf = performance as Performance & { memory?: { jsHeapSizeLimit?: number } };
  return memoryBudget({ deviceMemoryGiB: nav.deviceMemory, jsHeapLimit: perf.memory?.jsHeapSizeLimit });
}

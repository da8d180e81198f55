/**
 * The environment-free half of `bench:io`: generating a vector set and timing a streamed read.
 * Imported by the Node bench (bench/io.bench.ts) and the browser bench page (bench/w2v.html).
 */
import { Rng } from '../src/core/rng.ts';
import { type ReadOptions, type ReadResult, readVectors } from '../src/core/vectors/read.ts';
import type { ByteSource } from '../src/core/vectors/source.ts';
import type { VectorSet } from '../src/core/vectors/types.ts';

/** A seeded random set: `words` words named w0…, `dims` uniform values in [-1, 1). */
export function generateVectors(words: number, dims: number, seed = 1): VectorSet {
  const rng = new Rng(seed);
  const data = new Float32Array(words * dims);
  for (let i = 0; i < data.length; i++) data[i] = rng.next() * 2 - 1;
  const list = new Array<string>(words);
  for (let i = 0; i < words; i++) list[i] = i % 10 === 0 ? `mot${i}é` : `w${i}`;
  return { words: list, dim: dims, data };
}

export interface BenchReadResult {
  bytes: number;
  seconds: number;
  mbPerSec: number;
  result: ReadResult;
}

/** Reads `source` once with `readVectors` and times it. */
export async function benchRead(source: ByteSource, opts: ReadOptions = {}): Promise<BenchReadResult> {
  const t0 = performance.now();
  const result = await readVectors(source, opts);
  const seconds = (performance.now() - t0) / 1000;
  return { bytes: result.bytesRead, seconds, mbPerSec: result.bytesRead / 1e6 / seconds, result };
}

export function formatRate(r: { bytes: number; seconds: number; mbPerSec: number }): string {
  return `${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(3)} s = ${r.mbPerSec.toFixed(0)} MB/s`;
}

/**
 * `npm run bench:io`: read throughput of the word-vector readers in Node.
 *
 * Generates a word2vec binary file and a word2vec text file (C-tool layouts) of random vectors in
 * os.tmpdir(), streams each from disk in 4 MB chunks through `readVectors`, prints MB/s
 * (10^6 bytes per second of wall time, best of the runs), then deletes the files. A raw read of
 * the same file without parsing is printed as the ceiling the disk/page cache allows.
 *
 * Options: --words N (default 200000) --dims D (default 300) --text-words N (default = words)
 * --runs R (default 3) --chunk-mb M (default 4).
 *
 * `generateVectors`, `benchRead` and `formatRate` do not touch the file system, so a browser
 * worker can run the same measurement on a Blob's stream.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { word2vecBinaryChunks, word2vecTextChunks } from '../src/core/vectors/write.ts';
import { type BenchReadResult, benchRead, formatRate, generateVectors } from './io-measure.ts';

export { benchRead, formatRate, generateVectors };

async function writeChunks(path: string, chunks: Iterable<Uint8Array>): Promise<void> {
  const out = createWriteStream(path);
  for (const c of chunks) {
    if (!out.write(c)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

async function rawRead(
  path: string,
  chunk: number,
): Promise<{ bytes: number; seconds: number; mbPerSec: number }> {
  const t0 = performance.now();
  let bytes = 0;
  for await (const c of createReadStream(path, { highWaterMark: chunk })) bytes += (c as Buffer).length;
  const seconds = (performance.now() - t0) / 1000;
  return { bytes, seconds, mbPerSec: bytes / 1e6 / seconds };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const words = arg('words', 200_000);
  const dims = arg('dims', 300);
  const textWords = arg('text-words', words);
  const runs = arg('runs', 3);
  const chunk = arg('chunk-mb', 4) * (1 << 20);
  const dir = tmpdir();
  const binPath = join(dir, `bench-io-${process.pid}.bin`);
  const txtPath = join(dir, `bench-io-${process.pid}.txt`);
  console.log(
    `bench:io  Node ${process.version}, ${words} words × ${dims} dims, ${chunk >> 20} MB chunks, best of ${runs}`,
  );
  try {
    let t = performance.now();
    const set = generateVectors(words, dims);
    await writeChunks(binPath, word2vecBinaryChunks(set, 4 << 20));
    console.log(
      `  wrote ${binPath} (${((await stat(binPath)).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    t = performance.now();
    const textSet = textWords === words ? set : generateVectors(textWords, dims);
    await writeChunks(txtPath, word2vecTextChunks(textSet, 4 << 20));
    const textSeconds = (performance.now() - t) / 1000;
    const textSize = (await stat(txtPath)).size;
    console.log(
      `  wrote ${txtPath} (${(textSize / 1e6).toFixed(1)} MB) in ${textSeconds.toFixed(1)} s (text writer ${(textSize / 1e6 / textSeconds).toFixed(0)} MB/s)`,
    );

    for (const [label, path, n] of [
      ['.bin', binPath, words],
      ['.txt', txtPath, textWords],
    ] as const) {
      let best: BenchReadResult | undefined;
      let bestRaw: { bytes: number; seconds: number; mbPerSec: number } | undefined;
      for (let r = 0; r < runs; r++) {
        const raw = await rawRead(path, chunk);
        if (!bestRaw || raw.seconds < bestRaw.seconds) bestRaw = raw;
        const res = await benchRead(createReadStream(path, { highWaterMark: chunk }));
        if (res.result.vectors.words.length !== n)
          throw new Error(`read ${res.result.vectors.words.length} words, expected ${n}`);
        if (!best || res.seconds < best.seconds) best = res;
      }
      if (!best || !bestRaw) continue;
      console.log(
        `  read ${label}: ${formatRate(best)}   (raw fs read without parsing: ${bestRaw.mbPerSec.toFixed(0)} MB/s)`,
      );
      const first = await benchRead(createReadStream(path, { highWaterMark: chunk }), {
        limit: Math.min(10_000, n),
      });
      console.log(
        `  read ${label} first ${first.result.vectors.words.length} words: ${(first.seconds * 1000).toFixed(0)} ms, pulled ${(first.bytes / 1e6).toFixed(1)} MB, stopped early: ${first.result.stoppedEarly}`,
      );
    }
  } finally {
    await rm(binPath, { force: true });
    await rm(txtPath, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

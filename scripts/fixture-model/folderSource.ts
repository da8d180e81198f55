/**
 * A model folder on disk as the encoder's 'files' source (what a dropped folder is on the page):
 * every file under `dir` with its path relative to `dir`'s parent ("tiny-bert/onnx/model.onnx"),
 * as a file-backed Blob (read only when the encoder reads it). Node only.
 */
import { openAsBlob, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ModelSource } from '../../src/encoder/encoder';

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

export async function folderSource(dir: string): Promise<ModelSource & { kind: 'files' }> {
  const paths: string[] = [];
  walk(dir, paths);
  const parent = join(dir, '..');
  const files = await Promise.all(
    paths.map(async (p) => ({ path: relative(parent, p).split('\\').join('/'), file: await openAsBlob(p) })),
  );
  return { kind: 'files', files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}

#!/usr/bin/env node
/**
 * Copies ONNX Runtime Web's WebAssembly build (the glue script and its 27 MB .wasm) out of
 * node_modules into public/ort/, where the encoder worker loads it from (env.backends.onnx.wasm
 * .wasmPaths): the app's own files, so no request leaves the site. transformers.js would
 * otherwise fetch them from cdn.jsdelivr.net. The copy is the onnxruntime-web version
 * transformers.js itself depends on. Skips files that are already up to date.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Resolve onnxruntime-web from transformers.js's own location (it may be nested under it).
const fromTransformers = createRequire(createRequire(import.meta.url).resolve('@huggingface/transformers'));
// Its main entry (Node's) lives in dist/, next to the WebAssembly files.
const from = dirname(fromTransformers.resolve('onnxruntime-web'));
const to = join(root, 'public', 'ort');
const FILES = ['ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.asyncify.wasm'];

mkdirSync(to, { recursive: true });
let copied = 0;
for (const name of FILES) {
  const src = join(from, name);
  const dst = join(to, name);
  if (!existsSync(src)) {
    console.error(`[ort] ${src} is missing: is @huggingface/transformers installed?`);
    process.exit(1);
  }
  if (
    existsSync(dst) &&
    statSync(dst).size === statSync(src).size &&
    statSync(dst).mtimeMs >= statSync(src).mtimeMs
  )
    continue;
  copyFileSync(src, dst);
  copied++;
}
console.log(
  copied > 0
    ? `[ort] copied ${copied} ONNX Runtime Web files to public/ort/`
    : '[ort] public/ort is up to date.',
);

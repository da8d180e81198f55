#!/usr/bin/env node
/**
 * Applied on every install (package.json "postinstall"): the one-line fix for TensorFlow.js
 * issue 8638 / pull request 8616. The WebGPU Transpose shader passes an element of an int32 or
 * bool input straight to setOutputAtIndex(), which takes f32; WGSL rejects the call, tfjs falls
 * back to an empty shader and the transpose returns zeros for tensors over 1000 elements (below
 * that it runs on the CPU). RNN layers transpose the mask, so a masked LSTM then trains wrongly
 * without any error. The fix wraps the read in f32(...).
 *
 * Every copy of the shader template (the ES modules Vite bundles and the UMD bundles) is patched.
 * Idempotent; exits non-zero when the template is not found, because a new tfjs version needs
 * this patch re-checked rather than silently skipped.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BROKEN = 'setOutputAtIndex(flatIndex, A[getIndexFromCoords';
const FIXED = 'setOutputAtIndex(flatIndex, f32(A[getIndexFromCoords';
const TAIL = 'uniforms.aShape)]);';
const FIXED_TAIL = 'uniforms.aShape)]));';

export function patchSource(src) {
  if (src.includes(FIXED)) return { src, state: 'already' };
  const at = src.indexOf(BROKEN);
  if (at < 0) return { src, state: 'absent' };
  const tailAt = src.indexOf(TAIL, at);
  if (tailAt < 0 || tailAt - at > 400) throw new Error('transpose template has an unexpected shape');
  const out =
    src.slice(0, at) +
    FIXED +
    src.slice(at + BROKEN.length, tailAt) +
    FIXED_TAIL +
    src.slice(tailAt + TAIL.length);
  return { src: out, state: 'patched' };
}

function main() {
  const require = createRequire(import.meta.url);
  let pkgJson;
  try {
    pkgJson = require.resolve('@tensorflow/tfjs-backend-webgpu/package.json');
  } catch {
    console.log('[patch-tfjs-webgpu] @tensorflow/tfjs-backend-webgpu not installed; nothing to patch.');
    return;
  }
  const dist = join(dirname(pkgJson), 'dist');
  const counts = { patched: 0, already: 0 };
  for (const name of readdirSync(dist)) {
    if (!name.endsWith('.js')) continue;
    const file = join(dist, name);
    const src = readFileSync(file, 'utf8');
    if (!src.includes('getIndexFromCoords')) continue;
    const res = patchSource(src);
    if (res.state === 'patched') {
      writeFileSync(file, res.src);
      counts.patched++;
    } else if (res.state === 'already') counts.already++;
  }
  if (counts.patched + counts.already === 0) {
    console.error(
      '[patch-tfjs-webgpu] transpose template not found: re-check the fix for this tfjs version.',
    );
    process.exit(1);
  }
  console.log(
    `[patch-tfjs-webgpu] transpose f32 cast: ${counts.patched} file(s) patched, ${counts.already} already.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchSource } from './patch-tfjs-webgpu.mjs';

// The shader template as it stands in tfjs's source (a JS template literal, hence the placeholders).
const D = '$';
const TEMPLATE =
  `setOutputAtIndex(flatIndex, A[getIndexFromCoords${D}{this.outputShape.length}D(\n` +
  `              ${D}{dtype}(${D}{switched}), uniforms.aShape)]);\n          }`;

describe('tfjs WebGPU transpose patch', () => {
  it('wraps the element read in f32() once, and only once', () => {
    const once = patchSource(`before ${TEMPLATE} after`);
    expect(once.state).toBe('patched');
    expect(once.src).toContain('setOutputAtIndex(flatIndex, f32(A[getIndexFromCoords');
    expect(once.src).toContain('uniforms.aShape)]));');
    const twice = patchSource(once.src);
    expect(twice.state).toBe('already');
    expect(twice.src).toBe(once.src);
    expect(patchSource('no shader here').state).toBe('absent');
  });

  it('is applied to the installed package (the ES modules Vite bundles)', () => {
    const require = createRequire(import.meta.url);
    const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-webgpu/package.json')), 'dist');
    for (const f of ['transpose_webgpu.js', 'tf-backend-webgpu.js', 'tf-backend-webgpu.es2017.js']) {
      const src = readFileSync(join(dist, f), 'utf8');
      expect(src, `${f} lacks the f32 cast: run npm install (postinstall applies it)`).toContain(
        'setOutputAtIndex(flatIndex, f32(A[getIndexFromCoords',
      );
    }
  });
});

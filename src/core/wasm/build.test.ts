import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SOURCE_HASH } from './build/w2v-wasm.ts';
import { kernelModule, simdSupported } from './load.ts';

describe('word2vec WebAssembly build', () => {
  it('is up to date with src/core/wasm/assembly', () => {
    expect(SOURCE_HASH).toMatch(/^[0-9a-f]{16}$/);
    // Exits non-zero (and throws here) when the AssemblyScript sources changed since the build.
    execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { stdio: 'pipe' });
  });

  it('exports the kernel and imports exactly one memory of the right kind', async () => {
    expect(simdSupported()).toBe(true);
    for (const shared of [false, true]) {
      const m = await kernelModule(shared);
      expect(WebAssembly.Module.exports(m).map((e) => e.name)).toContain('trainChunk');
      expect(WebAssembly.Module.imports(m)).toEqual([{ module: 'env', name: 'memory', kind: 'memory' }]);
    }
  });
});

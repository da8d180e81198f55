#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest. Type-check, Biome (lint + format),
 * unit tests (Vitest), then end-to-end tests in Chromium (see scripts/e2e.mjs). Stops at the
 * first failing step and says which one failed.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  // The word2vec kernel's compiled module is generated (not committed); the type-check needs it.
  ['WebAssembly kernel build', 'node', ['scripts/build-wasm.mjs']],
  ['type-check', 'npx', ['tsc', '-p', '.']],
  ['lint and format (Biome)', 'npx', ['biome', 'ci', '.']],
  ['unit tests (Vitest)', 'npx', ['vitest', 'run']],
  ['end-to-end tests (Playwright + Chromium)', 'node', ['scripts/e2e.mjs']],
];

const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\nnpm test: the step "${name}" failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${name}: passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`\nnpm test: all steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

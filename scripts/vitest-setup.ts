/**
 * Vitest global setup: the generated inputs some tests read — the compiled word2vec kernel and
 * the built-in corpora copied out of node_modules — are built first (both skip when up to date),
 * so `npx vitest run` works on a fresh clone too.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('node', ['scripts/build-wasm.mjs'], { stdio: 'inherit' });
  execFileSync('npx', ['tsx', 'scripts/build-corpora.ts'], { stdio: 'inherit' });
}

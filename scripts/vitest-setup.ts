/**
 * Vitest global setup: the generated inputs some tests read — the compiled word2vec kernel and
 * the built-in corpora copied out of node_modules — are built first (both skip when up to date),
 * so `npx vitest run` works on a fresh clone too. The fixture encoder models are written too.
 */
import { execFileSync } from 'node:child_process';
import { writeFixtureModels } from './make-fixture-model';

export default function setup(): void {
  execFileSync('node', ['scripts/build-wasm.mjs'], { stdio: 'inherit' });
  execFileSync('npx', ['tsx', 'scripts/build-corpora.ts'], { stdio: 'inherit' });
  // The tiny random-weight BERT the sentence-embedding tests load (generated, gitignored).
  writeFixtureModels();
}

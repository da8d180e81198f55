#!/usr/bin/env node
/**
 * End-to-end tests: finds a Chromium, builds the production app, and runs Playwright against
 * `vite preview` (the dev server may reload the page while it discovers worker dependencies).
 * Extra arguments go to `playwright test` (e.g. a spec file or `--grep`).
 */
import { spawnSync } from 'node:child_process';
import { freePort } from './bench-page.mjs';
import { explain, findChromium } from './find-chromium.mjs';

const chromium = await findChromium();
if (chromium === null) {
  console.error(explain());
  process.exit(1);
}
console.log(`[e2e] Chromium: ${chromium}`);

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.argv.includes('--no-build')) run('npm', ['run', '--silent', 'build']);
// The tiny random-weight BERT folder the sentence-embedding tests drop on the page (gitignored).
run('npx', ['tsx', 'scripts/make-fixture-model.ts']);
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((a) => a !== '--no-build')], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
});

/**
 * Opens one of the production build's benchmark pages (bench/*.html) in headless Chromium:
 * builds when dist/ is older than the sources, serves dist/ with `vite preview` on a free local
 * port, launches the Chromium the end-to-end tests use with their flags (WebGPU on SwiftShader
 * unless `gpu`), and waits for the page to set `data-ready` on <body>.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explain, findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(dir)) t = Math.max(t, newest(join(dir, name)));
  return t;
}

/** A free port on 127.0.0.1, so parallel runs (and a forgotten preview server) never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} page path under the site root, e.g. 'bench/w2v.html'
 * @param {{ gpu?: boolean, headed?: boolean, build?: boolean }} options
 */
export async function openBenchPage(page, options = {}) {
  const sources = Math.max(
    ...['src', 'workers', 'bench', 'index.html', 'vite.config.ts'].map((p) => newest(join(root, p))),
  );
  if (options.build !== false && newest(join(root, 'dist')) < sources) {
    console.log('[bench] building the app (dist/ is missing or older than the sources)…');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const chromiumPath = await findChromium();
  if (chromiumPath === null) {
    console.error(explain());
    process.exit(1);
  }
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (preview.exitCode === null) preview.kill();
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/${page}`)).ok) break;
    } catch {}
    if (i > 300) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const { tsImport } = await import('tsx/esm/api');
  const { CHROMIUM_FLAGS } = await tsImport('../playwright.config.ts', import.meta.url);
  const swiftshader = [
    '--use-vulkan=swiftshader',
    '--use-webgpu-adapter=swiftshader',
    '--use-angle=swiftshader',
  ];
  const args = options.gpu ? CHROMIUM_FLAGS.filter((f) => !swiftshader.includes(f)) : CHROMIUM_FLAGS;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args, headless: !options.headed });
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => console.error(`[page] ${e.message}`));
  await tab.goto(`${base}/${page}`);
  await tab.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return {
    tab,
    version: browser.version(),
    chromiumPath,
    close: async () => {
      await browser.close();
      stop();
    },
  };
}

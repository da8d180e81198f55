#!/usr/bin/env node
/**
 * Copies kuromoji's IPADIC files (12 gzip files, 17 MB) out of node_modules into
 * public/dict/ipadic/, where the workers fetch them on first use of the kuromoji tokenizer: the
 * app's own files, so no request leaves the site. They stay gzip-compressed; the loader inflates
 * them only when the bytes it receives start with 1f 8b (some servers inflate .gz files on the
 * way, some do not). Skips files that are already up to date.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The package's exports hide package.json: its entry point is build/index.mjs.
const from = join(dirname(createRequire(import.meta.url).resolve('@patdx/kuromoji')), '..', 'dict');
const to = join(root, 'public', 'dict', 'ipadic');

mkdirSync(to, { recursive: true });
let copied = 0;
for (const name of readdirSync(from)) {
  if (!name.endsWith('.dat.gz')) continue;
  const src = join(from, name);
  const dst = join(to, name);
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
    ? `[dict] copied ${copied} IPADIC files to public/dict/ipadic/`
    : '[dict] public/dict/ipadic is up to date.',
);

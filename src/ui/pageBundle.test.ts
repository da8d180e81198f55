/**
 * The page's own bundle must stay free of TensorFlow.js and the transformer runtime: they run in
 * workers, and importing a default value from the wrong module once put ~500 KB of tfjs into the
 * page's JavaScript. This walks the page's import graph from src/main.tsx the way the bundler
 * does (value imports, re-exports and dynamic imports; type-only imports are erased) and fails
 * on any path into them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const FORBIDDEN = [/^@tensorflow\//, /^@huggingface\/transformers/, /^onnxruntime/, /src\/model\/tf\.ts$/];

/** Specifiers a module loads at run time. */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) {
    if (m[2]) continue;
    const clause = m[3].trim();
    // `import { type A, type B } from` is erased like `import type`.
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (braces?.[1].split(',').every((s) => s.trim() === '' || /^type\s/.test(s.trim()))) continue;
    out.push(m[4]);
  }
  for (const m of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

function resolveFile(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (/\.(ts|tsx|js|mjs)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every forbidden specifier reachable from `entry`, with the chain of files that reaches it. */
function forbiddenPaths(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, relative(ROOT, file)];
    if (FORBIDDEN.some((re) => re.test(file))) {
      found.push(here.join(' → '));
      return;
    }
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const next = resolveFile(file, spec);
        if (next) walk(next, here);
      } else if (FORBIDDEN.some((re) => re.test(spec))) {
        found.push([...here, spec].join(' → '));
      }
    }
  };
  walk(entry, []);
  return found;
}

describe('the page bundle', () => {
  it('reads imports as the bundler does', () => {
    const src = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { type D, e } from './c';",
      "export { f } from './d';",
      "import './e.css';",
      "const g = await import('./f');",
      "import * as tf from '@tensorflow/tfjs-core';",
    ].join('\n');
    expect(runtimeImports(src).sort()).toEqual(['./c', './d', './e.css', './f', '@tensorflow/tfjs-core']);
  });

  it('finds the import chain when a page module reaches tfjs', () => {
    // src/model/session.ts imports tfjs at run time: a page module importing a value from it must be caught.
    expect(forbiddenPaths(join(ROOT, 'src/model/session.ts')).length).toBeGreaterThan(0);
  });

  it('does not import TensorFlow.js or the transformer runtime from src/main.tsx', () => {
    expect(forbiddenPaths(join(ROOT, 'src/main.tsx'))).toEqual([]);
  });
});

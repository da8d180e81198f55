/**
 * Sentence embeddings end to end, with the tiny random-weight BERT that
 * scripts/make-fixture-model.ts writes (a fresh copy per run, in a temporary folder):
 * - the page's encoder worker (wasm and WebGPU) gives the vectors transformers.js gives in Node;
 * - Classify: drop the model folder, embed the built-in spam/ham texts, train boosted trees and
 *   logistic regression on them, read both reports, show the vectors on the map, and export a
 *   Projector TSV whose vectors equal Node's;
 * - bad model folders get one sentence each, and the loaded model stays.
 * No test switches the hub on; fixtures.ts fails any test whose page contacts another host.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSource } from '../scripts/fixture-model/folderSource';
import { writeFixtureModels } from '../scripts/make-fixture-model';
import { type EmbedOptions, Encoder } from '../src/encoder/encoder';
import { expect, openStage, test } from './fixtures';

const TEXTS = [
  'Free money, click now!',
  'Winners 2024: call for your prize',
  'Please send the report before the meeting tomorrow.',
  'thanks',
  'The project team will work on the new code this week; the attached file has more about it.',
  'Ünïcödé, émojis 🙂 and 日本語 go through [UNK]',
];
const CONFIGS: EmbedOptions[] = [
  { layer: 1, pooling: 'mean', batchSize: 4, maxLength: 64 },
  { layer: 0, pooling: 'cls', batchSize: 6, maxLength: 64 },
  { layer: 2, pooling: 'max', batchSize: 2, maxLength: 12 },
];
const noControl = { shouldStop: () => false, onProgress: () => {} };

let root: string;
let dirs: { full: string; lastLayer: string };

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'embed-e2e-'));
  dirs = writeFixtureModels(root);
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

async function nodeVectors(texts: string[], options: EmbedOptions): Promise<Float32Array> {
  const enc = await Encoder.load(await folderSource(dirs.full), { device: 'cpu', budget: 4 * 1024 ** 3 });
  try {
    return (await enc.embed(texts, options, noControl)).vectors;
  } finally {
    await enc.dispose();
  }
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** A copy of the fixture under `name` with `edit` applied to its folder. */
function badFolder(name: string, edit: (dir: string) => void): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'])
    copyFileSync(join(dirs.full, f), join(dir, f));
  edit(dir);
  return dir;
}

function editConfig(dir: string, change: Record<string, unknown>): void {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, ...change }));
}

test('the page’s encoder worker gives the vectors Node gives, on WebAssembly and on WebGPU', async ({
  page,
}) => {
  const expected = await Promise.all(CONFIGS.map((c) => nodeVectors(TEXTS, c)));
  await page.goto('/bench/embed.html');
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#model').setInputFiles(dirs.full);
  for (const device of ['wasm', 'webgpu'] as const) {
    const info = await page.evaluate((d) => window.embedBench.load(d), device);
    expect(info.device).toBe(device);
    expect(info.layerKind).toBe('per-layer');
    for (const [k, config] of CONFIGS.entries()) {
      const got = await page.evaluate(([t, c]) => window.embedBench.vectors(t, c), [TEXTS, config] as const);
      expect(got.dim).toBe(32);
      expect(
        maxDiff(got.values, expected[k]),
        `${device} ${config.pooling} layer ${config.layer}`,
      ).toBeLessThan(1e-5);
    }
  }
});

test('Classify: drop the model folder, embed spam/ham, train boosted trees and logistic regression, map and export', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await openStage(page, /Classify/);
  await page.getByTestId('data-prepare').click();
  await expect(page.getByTestId('data-report')).toBeVisible({ timeout: 60_000 });

  const section = page.getByTestId('embed-section');
  await expect(section.getByTestId('embed-run')).toHaveCount(0);
  await section.getByTestId('embed-model-folder').setInputFiles(dirs.full);
  await expect(section.getByTestId('embed-picked')).toContainText('tiny-bert');
  await section.getByTestId('embed-load').click();
  const card = section.getByTestId('embed-model-info');
  await expect(card).toBeVisible({ timeout: 60_000 });
  // 'auto' refuses SwiftShader's emulated WebGPU (much slower than wasm here) and says so.
  await expect(card).toHaveAttribute('data-device', 'wasm');
  await expect(card).toContainText('SwiftShader');
  await expect(card).toContainText('2 layers, 32 dimensions, 2 attention heads');
  await expect(section.getByTestId('embed-layer')).toHaveValue('1');

  await section.getByTestId('embed-run').click();
  const result = section.getByTestId('embed-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result).toContainText('1,200 texts of Spam or ham');
  await expect(result).toContainText('32-dimensional');

  // The sentence vectors become the text-vector source of the classifiers on vectors.
  const features = page.locator('[data-control="classify.featureModels"]');
  await expect(features.getByTestId('features-source')).not.toHaveValue('mean');
  await expect(features.getByTestId('features-summary')).toContainText('tiny-bert');
  for (const kind of ['gbdt', 'logreg', 'mlp'] as const) {
    const box = features.locator(`#fm-use-${kind}`);
    if ((await box.isChecked()) !== (kind !== 'mlp')) await box.click();
  }
  await features.getByTestId('features-train').click();
  const gbdt = features.locator('[data-testid="feature-result"][data-kind="gbdt"]');
  const logreg = features.locator('[data-testid="feature-result"][data-kind="logreg"]');
  await expect(gbdt).toHaveCount(1, { timeout: 120_000 });
  await expect(logreg).toHaveCount(1, { timeout: 120_000 });
  for (const report of [gbdt, logreg]) {
    await report.locator('summary').click();
    const text = (await report.textContent()) ?? '';
    expect(text).toMatch(/ham/);
    expect(text).toMatch(/spam/);
    const accuracy = Number(/accuracy[^0-9]*([01]\.\d{3})/i.exec(text)?.[1]);
    // A random-weight encoder still separates spam from ham better than chance.
    expect(accuracy).toBeGreaterThan(0.5);
  }

  // Export: the Projector files hold every text's vector (equal to Node's) and its label.
  const downloads: { name: string; text: string }[] = [];
  page.on('download', async (d) => {
    downloads.push({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') });
  });
  await section.getByTestId('embed-export').click();
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(3);
  const vectors = downloads
    .find((d) => d.name === 'sentences_vectors.tsv')!
    .text.trim()
    .split('\n');
  const metadata = downloads
    .find((d) => d.name === 'sentences_metadata.tsv')!
    .text.trim()
    .split('\n');
  expect(vectors).toHaveLength(1200);
  expect(metadata[0]).toBe('word\tlabel');
  expect(metadata).toHaveLength(1201);
  expect(new Set(metadata.slice(1).map((l) => l.split('\t')[1]))).toEqual(new Set(['ham', 'spam']));
  const records = readFileSync('public/corpora/spam-ham.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { text: string; label: string })
    .filter((r) => r.text.trim() !== '' && r.label.trim() !== '');
  const want = await nodeVectors(
    records.map((r) => r.text),
    { layer: 1, pooling: 'mean', batchSize: 16, maxLength: 64 },
  );
  const got = vectors.flatMap((line) => line.split('\t').map(Number));
  expect(maxDiff(got, want)).toBeLessThan(1e-5);

  // The map: the sentence vectors become the current set, coloured by label.
  await section.getByTestId('embed-to-map').click();
  await expect(section).toContainText('are now the current vector set');
  await openStage(page, /Explore/);
  await expect(page.getByTestId('current-vectors-name')).toContainText('tiny-bert');
  await expect(page.getByTestId('current-vectors-size')).toContainText('1,200');
  await page.getByTestId('map-compute').click();
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-points', '1200', { timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('column:label');
  const legend = page.getByRole('list', { name: /legend/i });
  await expect(legend).toContainText('ham');
  await expect(legend).toContainText('spam');
});

test('bad model folders get one sentence each and the loaded model stays', async ({ page }) => {
  await page.goto('/');
  await openStage(page, /Classify/);
  const section = page.getByTestId('embed-section');
  await section.getByTestId('embed-model-folder').setInputFiles(dirs.lastLayer);
  await section.getByTestId('embed-load').click();
  const card = section.getByTestId('embed-model-info');
  await expect(card).toBeVisible({ timeout: 60_000 });
  // The last-layer-only export: the page says so and how to get the other layers.
  await expect(section.getByTestId('embed-last-only')).toContainText('hidden_states.0');
  await expect(section.getByTestId('embed-layer')).toHaveValue('2');
  const alert = section.getByRole('alert');
  const stays = async () => {
    await expect(section.getByTestId('embed-model-name')).toHaveText('tiny-bert-last-layer');
    await expect(card).toHaveAttribute('data-layers', '2');
  };

  const noTokenizer = badFolder('no-tokenizer', (d) => rmSync(join(d, 'tokenizer.json')));
  await section.getByTestId('embed-model-folder').setInputFiles(noTokenizer);
  await expect(alert).toContainText('“no-tokenizer” has no tokenizer.json');
  await stays();

  const gpt = badFolder('gpt', (d) =>
    editConfig(d, { model_type: 'gpt2', architectures: ['GPT2LMHeadModel'] }),
  );
  await section.getByTestId('embed-model-folder').setInputFiles(gpt);
  await section.getByTestId('embed-load').click();
  await expect(alert).toContainText('“gpt” is a gpt2 model (GPT2LMHeadModel), not a text encoder');
  await stays();

  const mismatch = badFolder('other-tokenizer', (d) => editConfig(d, { vocab_size: 30522 }));
  await section.getByTestId('embed-model-folder').setInputFiles(mismatch);
  await section.getByTestId('embed-load').click();
  await expect(alert).toContainText('does not belong to its model: it has 192 tokens');
  await stays();

  // 5 GB of ONNX (a sparse file: no disk used, and nothing is read before the size check).
  const huge = badFolder('huge', (d) => truncateSync(join(d, 'onnx', 'model.onnx'), 5e9));
  await section.getByTestId('embed-model-folder').setInputFiles(huge);
  await section.getByTestId('embed-load').click();
  await expect(alert).toContainText('“huge” is 5000 MB; loading it takes about 12500 MB of memory');
  await stays();

  // The loaded model still embeds; nothing else on the page changed.
  await expect(page.getByTestId('data-prepare')).toBeEnabled();
});

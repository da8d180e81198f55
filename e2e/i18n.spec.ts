import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Names that stay in Latin letters in the Japanese interface, as Japanese ML tools write them:
 * products, formats, algorithms, libraries, backends and Keras-style identifiers. Anything else
 * of three or more ASCII letters on the page is an untranslated string.
 */
const LATIN_NAMES = new Set(
  (
    'word2vec LSTM WebGPU WebGL CPU webgpu webgl cpu wasm CBOW Adam CSV TSV JSON Lines UTF-8 UTF-16 ' +
    'UTF-16LE UTF-16BE Shift_JIS EUC-JP ISO-2022-JP NFKC HTML XHTML IPADIC MeCab kuromoji Intl.Segmenter ' +
    'WebAssembly SIMD JavaScript PCA UMAP t-SNE Barnes GloVe fastText Embedding Projector Keras Porter ' +
    'ReLU Dense Dropout IMDB IndexedDB PNG SVG maxlen mask_zero swiftshader SwiftShader MB kB GB ' +
    '3CosAdd 3CosMul Levy Goldberg Hut pre post BERT ONNX Transformer LightGBM MLP README Hugging Face Hub'
  ).split(' '),
);

/** Every word of the built-in corpora's own data (titles, label fields, classes): data, not interface. */
async function dataWords(page: Page): Promise<Set<string>> {
  const manifest = await page.evaluate(async () => (await fetch('corpora/manifest.json')).json());
  const words = new Set<string>();
  for (const c of manifest.corpora as {
    title: string;
    labels: { name: string; classes: { label: string }[] }[];
  }[]) {
    for (const w of c.title.split(/[^A-Za-z0-9]+/)) words.add(w);
    for (const l of c.labels) {
      words.add(l.name);
      for (const k of l.classes) for (const w of k.label.split(/[^A-Za-z0-9]+/)) words.add(w);
    }
  }
  return words;
}

/**
 * The interface's own text on screen: visible text nodes, and the aria-label, title, placeholder
 * and alt of visible elements, and every option of visible selects. Skipped: what is the user's or
 * the corpus's (`[data-user-text]`), code and the language switch's own names.
 */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.matches('[data-user-text], code, script, style, [data-testid="ui-language"]')) return true;
      }
      return false;
    };
    const visible = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (text === '' || !parent || skip(parent) || parent.closest('select')) continue;
      // Screen-reader-only text counts: it is read out in the interface language too.
      if (visible(parent) || parent.closest('.visually-hidden')) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skip(el) || !visible(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    for (const sel of document.body.querySelectorAll('select')) {
      if (skip(sel) || !visible(sel)) continue;
      for (const o of sel.options) if (!skip(o) && o.text.trim()) out.push(o.text.trim());
    }
    return out;
  });
}

/** Strings with a run of three or more ASCII letters that is neither a name nor the data's. */
function untranslated(texts: string[], data: Set<string>): string[] {
  const bad = new Set<string>();
  for (const text of texts) {
    // Tokens: letters and digits joined by - _ . (word2vec, t-SNE, Shift_JIS, Intl.Segmenter, UTF-8).
    for (const m of text.matchAll(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*/g)) {
      const token = m[0];
      if (!/[A-Za-z]{3}/.test(token)) continue;
      if (LATIN_NAMES.has(token) || data.has(token)) continue;
      // A file name or extension (.txt, model.json, vectors.tsv) is a name too.
      if (/\.(txt|html|jsonl|json|csv|tsv|bin|vec|svg|png|ndjson|md)$/.test(token)) continue;
      if (text[m.index - 1] === '.' || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(token)) continue;
      // A command-line flag of the C tool (-cbow, -min-count) is a name, and so is an identifier
      // (num_words, max_depth) or a path part (Xenova/bert-base-uncased, onnx/model.onnx).
      if (text[m.index - 1] === '-' || token.includes('_')) continue;
      if (text[m.index - 1] === '/' || text[m.index + token.length] === '/') continue;
      bad.add(`${token}   ← “${text.slice(0, 120)}”`);
    }
  }
  return [...bad];
}

/** A small Japanese text written for this test: every word repeats enough to enter the vocabulary. */
function story(): string {
  const animals = ['猫', '犬', '鳥', '馬'];
  const places = ['川', '山', '海', '森'];
  const lines: string[] = [];
  for (let i = 0; i < 200; i++) {
    const a = animals[i % 4];
    const b = animals[(i * 3 + 1) % 4];
    const p = places[(i * 5) % 4];
    lines.push(i % 2 === 0 ? `${a}は${p}で${b}と遊んだ。` : `小さな${a}が${p}へ行った。`);
  }
  return `${lines.join('\n')}\n`;
}

/** Labelled restaurant reviews written for this test; the label follows the evaluative word. */
function reviews(): string {
  const good = ['美味しい', '最高', '大好き'];
  const bad = ['まずい', '最悪', '嫌い'];
  const dishes = ['ラーメン', '寿司', 'カレー', 'うどん'];
  const rows = ['text,label'];
  for (let i = 0; i < 120; i++) {
    const pos = i % 2 === 0;
    const word = (pos ? good : bad)[(i >> 1) % 3];
    rows.push(`この店の${dishes[(i >> 1) % 4]}は${word}でした。,${pos ? '良い' : '悪い'}`);
  }
  return `${rows.join('\n')}\n`;
}

test.describe('interface language', () => {
  test('Japanese everywhere: tabs, every panel and section, remembered across a reload, errors in Japanese', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    const check = async (where: string) => {
      // Every closed section of the visible tab opens first: its text counts too. (The header's
      // menus are pop-ups that would cover the tabs.)
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('main details:not([open])')) {
          if (d.getClientRects().length > 0) (d as HTMLDetailsElement).open = true;
        }
      });
      const found = untranslated(await interfaceText(page), data).map((p) => `${where}: ${p}`);
      if (found.length > 0) console.log(found.join('\n'));
      problems.push(...found);
    };

    await page.goto('/');
    await expect(page.getByTestId('corpus-summary')).toBeVisible({ timeout: 60_000 });
    const data = await dataWords(page);
    await page.getByTestId('ui-language').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('tab')).toHaveText(['1 · コーパス', '2 · 学習', '3 · 探索', '4 · 分類']);
    await expect(page.getByRole('heading', { name: '組み込みコーパス' })).toBeVisible();
    await check('corpus, Moby Dick');

    // A Japanese corpus of our own, so that everything after shows Japanese words.
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'doubutsu.txt', mimeType: 'text/plain', buffer: Buffer.from(story()) });
    await expect(page.getByTestId('corpus-title')).toHaveText('doubutsu.txt');
    await expect(page.locator('#corpus-language')).toContainText('判定結果：日本語');
    await check('corpus, Japanese file');

    // Train: every setting shown, one short run with its progress, chart and live neighbours.
    await page.locator('#tab-train').click();
    await page.locator('[data-control="train.advanced"]').click();
    await expect(page.locator('label[for="w2v-power"]')).toContainText('ユニグラム分布の指数');
    await page.locator('#w2v-iter').fill('2');
    await page.locator('#w2v-minCount').fill('2');
    await page.locator('#w2v-watch').fill('猫、犬');
    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('train-status')).toContainText('完了');
    await expect(page.getByTestId('train-result')).toContainText('語のベクトルを');
    await check('train');

    // Explore: a query, a map (its note and legend come from the worker), evaluation, import.
    await page.locator('#tab-explore').click();
    await expect(page.getByTestId('current-vectors-name')).toHaveText('doubutsu.txt の word2vec');
    const nb = page.getByTestId('query-neighbours');
    await nb.getByLabel('単語').fill('猫');
    await nb.getByRole('button', { name: '近傍語を探す' }).click();
    await expect(nb.locator('tbody tr').first()).toBeVisible();
    await page.getByTestId('map-n').fill('8');
    await page.getByTestId('map-compute').click();
    await expect(page.getByTestId('map-note')).toContainText('2 つの軸で分散');
    await expect(page.getByTestId('map-canvas')).toHaveAttribute('aria-label', /の 8 語の PCA/);
    await page.getByTestId('query-similarity').getByLabel('1 つ目の単語').fill('ねこ');
    await page.getByTestId('query-similarity').getByLabel('2 つ目の単語').fill('犬');
    await page.getByTestId('query-similarity').getByRole('button', { name: '比べる' }).click();
    // An unknown word: the worker's sentence, in Japanese.
    await expect(page.getByTestId('query-similarity').getByRole('alert')).toContainText('は語彙にありません');
    await check('explore');

    // Classify: Japanese reviews with the settings open, a model on the Japanese word vectors,
    // one quick epoch on the CPU, the results.
    await page.locator('#tab-classify').click();
    await page
      .getByTestId('labelled-file')
      .setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(reviews()) });
    await page.locator('[data-control="classify.cleaning"] summary').click();
    await page.getByTestId('data-prepare').click();
    await expect(page.getByTestId('split-sizes')).toHaveText(/^学習 \d+ \/ 検証 \d+ \/ テスト \d+$/, {
      timeout: 60_000,
    });
    await page.locator('#m-units').fill('8');
    await page.locator('#m-dense').fill('0');
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toContainText('パラメーターの総数', { timeout: 60_000 });
    await page.getByTestId('classify-backend').selectOption('cpu');
    await expect(page.getByTestId('model-summary')).toHaveCount(0);
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
    await page.locator('#f-epochs').fill('1');
    await page.getByTestId('classify-train').click();
    await expect(page.getByTestId('classify-outcome')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('classify-outcome').locator('details summary').click();
    await expect(page.getByTestId('classification-report')).toContainText('適合率');
    await check('classify');

    expect(problems, `untranslated:\n${problems.join('\n')}`).toEqual([]);

    // Remembered: after a reload the interface is still Japanese.
    await page.reload();
    await expect(page.locator('#tab-corpus')).toHaveText('1 · コーパス');
    await expect(page.getByTestId('ui-language')).toHaveValue('ja');

    // A mistake the user can make: the worker's sentence arrives in Japanese, the corpus stays.
    await page.locator('#tab-corpus').click();
    await expect(page.getByTestId('corpus-summary')).toBeVisible({ timeout: 60_000 });
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.getByRole('alert')).toHaveText('empty.txt は空です。読み込むテキストがありません。');
    await expect(page.getByTestId('corpus-summary')).toBeVisible();

    // Back to English: the same error is worded again, in English.
    await page.getByTestId('ui-language').selectOption('en');
    await expect(page.getByRole('alert')).toHaveText('empty.txt is empty: there is no text to read.');
    await expect(page.locator('#tab-corpus')).toHaveText('1 · Corpus');
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Encoding from 'encoding-japanese';
import { expect, openStage, test } from './fixtures';

/** Kana or kanji somewhere in the string. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const ANIMALS = ['猫', '犬', '鳥', '馬', '牛', '兎'];
const PLACES = ['川', '山', '海', '森', '庭', '畑'];
const ACTIONS = ['遊んだ', '眠った', '歩いた', '走った', '休んだ'];
const WEATHER = ['晴れ', '雨', '雪', '曇り'];

/**
 * A small Japanese "novel" written for this test: animals doing things in places, in a few
 * sentence shapes, so that every word passes min-count 5 and animals share contexts with animals.
 */
function story(): string {
  const lines: string[] = [];
  for (let i = 0; i < 360; i++) {
    const a = ANIMALS[i % ANIMALS.length];
    const b = ANIMALS[(i * 5 + 1) % ANIMALS.length];
    const p = PLACES[(i * 7) % PLACES.length];
    const act = ACTIONS[(i * 3) % ACTIONS.length];
    const w = WEATHER[(i * 11) % WEATHER.length];
    switch (i % 4) {
      case 0:
        lines.push(`${w}の日、${a}は${p}で${act}。`);
        break;
      case 1:
        lines.push(`${a}と${b}が${p}のそばで一緒に${act}。`);
        break;
      case 2:
        lines.push(`小さな${a}が${p}へ行き、大きな${b}に会った。`);
        break;
      default:
        lines.push(`「${p}はきれいだ」と${a}は言った。`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function shiftJis(text: string): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
}

const GOOD = ['美味しい', '最高', '大好き', '素晴らしい', '満足'];
const BAD = ['まずい', '最悪', '嫌い', 'ひどい', '残念'];
const DISHES = ['ラーメン', '寿司', 'カレー', '天ぷら', 'うどん', '焼き魚'];

/** Labelled restaurant reviews written for this test; the label follows the evaluative word. */
function reviews(): string {
  const rows = ['text,label'];
  for (let i = 0; i < 160; i++) {
    const pos = i % 2 === 0;
    const word = (pos ? GOOD : BAD)[(i >> 1) % 5];
    // (i >> 1) gives each dish to both labels: the dish must not predict the label.
    const dish = DISHES[(i >> 1) % DISHES.length];
    const shape = i % 3;
    const text =
      shape === 0
        ? `この店の${dish}は${word}でした。`
        : shape === 1
          ? `${dish}を食べましたが、本当に${word}。`
          : `友達と${dish}の店に行った。${word}と思う。`;
    rows.push(`${text},${pos ? 'pos' : 'neg'}`);
  }
  return rows.join('\n');
}

async function trainAndWait(page: Page): Promise<void> {
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
}

test.describe('Japanese end to end', () => {
  test('Shift_JIS corpus → Intl.Segmenter and kuromoji word2vec → Japanese neighbours and map → Japanese classifier', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');

    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'doubutsu.txt', mimeType: 'text/plain', buffer: shiftJis(story()) });
    await expect(page.getByTestId('corpus-title')).toHaveText('doubutsu.txt');
    await expect(page.getByTestId('corpus-encoding-fact')).toHaveText('Shift_JIS');
    await expect(page.getByTestId('corpus-encoding')).toHaveText('Shift_JIS');
    await expect(page.locator('#corpus-language')).toContainText('Detected: Japanese');
    await expect(page.getByTestId('corpus-preview')).toContainText('晴れの日、猫は川で');

    // Intl.Segmenter (the automatic choice for Japanese).
    await openStage(page, /Train/);
    await expect(page.locator('#w2v-tok-kind')).toContainText('Automatic: Intl.Segmenter');
    await page.locator('#w2v-iter').fill('10');
    await page.getByLabel('Words to watch').fill('猫、犬');
    await trainAndWait(page);
    await expect(page.getByTestId('train-tokenizer')).toContainText('Intl.Segmenter (ja)');
    const cat = page
      .getByTestId('live-neighbours')
      .locator('table')
      .filter({ has: page.locator('caption', { hasText: /^猫$/ }) });
    await expect(cat.locator('tbody tr')).toHaveCount(8);
    for (const word of await cat.locator('tbody tr td:first-child').allTextContents()) {
      expect(word).toMatch(JAPANESE);
    }

    // kuromoji: its dictionary comes from this site, in the trainer worker.
    await page.locator('#w2v-tok-kind').selectOption('kuromoji');
    await page.locator('#w2v-tok-form').selectOption('base');
    await trainAndWait(page);
    await expect(page.getByTestId('train-tokenizer')).toContainText('kuromoji (IPADIC), dictionary forms');
    const tokenizerLine = await page.getByTestId('train-tokenizer').textContent();
    test.info().annotations.push({ type: 'kuromoji', description: tokenizerLine ?? '' });
    await expect(cat.locator('tbody tr')).toHaveCount(8);

    await openStage(page, /Explore/);
    const nb = page.getByTestId('query-neighbours');
    await nb.getByLabel('Word').fill('犬');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    const rows = nb.getByRole('table').locator('tbody tr th');
    await expect(rows.first()).toHaveText(JAPANESE);
    const neighbours = await rows.allTextContents();
    expect(neighbours.some((w) => ANIMALS.includes(w))).toBe(true);

    await page.getByTestId('map-compute').click();
    const canvas = page.getByTestId('map-canvas');
    await expect(canvas).toHaveAttribute('data-points', /^[1-9]\d*$/);
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    const svg = await readFile((await (await pending).path()) ?? '', 'utf8');
    const labels = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.filter((l) => ANIMALS.includes(l)).length).toBeGreaterThan(2);
    // Whether this browser has a CJK font: tofu boxes for two different kanji are pixel-identical.
    const glyphsDiffer = await page.evaluate(() => {
      const draw = (s: string) => {
        const c = new OffscreenCanvas(24, 24);
        const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.font = '20px system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Microsoft YaHei", sans-serif';
        ctx.fillText(s, 2, 20);
        return ctx.getImageData(0, 0, 24, 24).data.join(',');
      };
      return draw('猫') !== draw('犬');
    });
    test.info().annotations.push({
      type: 'cjk-font',
      description: glyphsDiffer
        ? 'kanji render as glyphs'
        : 'no CJK font on this machine: kanji render as tofu',
    });

    await openStage(page, /Classify/);
    await page
      .getByTestId('labelled-file')
      .setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(reviews()) });
    await page.getByTestId('data-prepare').click();
    await expect(page.getByTestId('data-report')).toContainText('neg: 80 · pos: 80');
    // Split into words, not one token per sentence.
    const preview = page.getByTestId('clean-preview').locator('.token');
    expect(await preview.count()).toBeGreaterThan(3);
    await page.getByLabel('Embedding', { exact: true }).selectOption('random');
    await page.getByLabel('Random embedding size').fill('16');
    await page.getByLabel('LSTM units').fill('16');
    await page.getByTestId('model-build').click();
    // The CPU backend keeps this quick (as in classify.spec); choosing it asks for a rebuild.
    await page.getByTestId('classify-backend').selectOption('cpu');
    await expect(page.getByTestId('model-summary')).toHaveCount(0);
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible();
    await page.locator('#f-epochs').fill('20');
    await page.getByLabel('Adam learning rate').fill('0.01');
    await page.getByTestId('classify-train').click();
    await expect(page.getByTestId('classify-outcome')).toBeVisible({ timeout: 90_000 });
    expect(Number(await page.getByTestId('test-accuracy').textContent())).toBeGreaterThan(0.75);

    await page.getByTestId('predict-text').fill('この店のカレーは最悪でした。');
    await page.getByTestId('predict-run').click();
    const prediction = page.getByTestId('prediction');
    await expect(prediction.locator('li').first()).toContainText('neg');
    await expect(prediction.locator('.token', { hasText: '最悪' })).toHaveCount(1);
    await page.getByTestId('predict-text').fill('この店のカレーは最高でした。');
    await page.getByTestId('predict-run').click();
    await expect(prediction.locator('li').first()).toContainText('pos');
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openStage, test } from './fixtures';

/*
 * A toy vocabulary whose answers can be worked out by hand. Dimensions: royal, male, female,
 * person, fruit, yellow, city, noise. king = royal + male, queen = royal + female, man = male +
 * person, woman = female + person, so woman − man + king = royal + female = queen exactly.
 */
const DIM = 8;
const TOY: [string, number[]][] = [
  ['the', [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 1]],
  ['king', [1, 1, 0, 0, 0, 0, 0, 0.1]],
  ['queen', [1, 0, 1, 0, 0, 0, 0, 0.1]],
  ['man', [0, 1, 0, 1, 0, 0, 0, 0.2]],
  ['woman', [0, 0, 1, 1, 0, 0, 0, 0.2]],
  ['apple', [0, 0, 0, 0, 1, 0.2, 0, 0.1]],
  ['pear', [0, 0, 0, 0, 1, 0.4, 0, 0]],
  ['banana', [0, 0, 0, 0, 1, 1, 0, 0.1]],
  ['lemon', [0, 0, 0, 0, 0.7, 1, 0, 0.3]],
  ['prince', [0.8, 0.9, 0, 0.3, 0, 0, 0, 0]],
  ['東京', [0, 0, 0, 0.1, 0, 0, 1, 0]],
  ['naïve', [0.2, 0.1, 0.3, 0.5, 0.1, 0.1, 0.2, 0.4]],
];

/** word2vec binary as the C tool writes it: header, then `word ` + float32 LE × dim + `\n`. */
function toyBin(): Buffer {
  const parts: Buffer[] = [Buffer.from(`${TOY.length} ${DIM}\n`)];
  for (const [w, v] of TOY) {
    const f = Buffer.alloc(4 * DIM);
    for (const [j, x] of v.entries()) f.writeFloatLE(x, 4 * j);
    parts.push(Buffer.from(`${w} `, 'utf8'), f, Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

const f32 = (x: number) => Math.fround(x);
function cosine(a: string, b: string): number {
  const va = TOY.find(([w]) => w === a)![1].map(f32);
  const vb = TOY.find(([w]) => w === b)![1].map(f32);
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let j = 0; j < DIM; j++) {
    d += va[j] * vb[j];
    na += va[j] * va[j];
    nb += vb[j] * vb[j];
  }
  return d / Math.sqrt(na * nb);
}

/** Expected neighbours of `w` by cosine, best first. */
function neighboursOf(w: string): { word: string; cos: number }[] {
  return TOY.filter(([x]) => x !== w)
    .map(([x]) => ({ word: x, cos: cosine(w, x) }))
    .sort((a, b) => b.cos - a.cos);
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const dl = await pending;
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function importToy(page: Page): Promise<void> {
  await page.goto('/');
  await openStage(page, /Explore/);
  await page
    .getByTestId('vector-file-input')
    .setInputFiles({ name: 'toy.bin', mimeType: 'application/octet-stream', buffer: toyBin() });
  await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.bin');
  await expect(page.getByTestId('current-vectors-size')).toHaveText(`${TOY.length} words × ${DIM}`);
}

test.describe('explore', () => {
  test('imports a .bin, answers queries, maps, exports, and keeps the set across a reload', async ({
    page,
  }) => {
    await importToy(page);
    await expect(page.getByTestId('import-report')).toContainText('word2vec-binary');

    // Neighbours of "apple": order and cosines as computed here from the same float32 vectors.
    const nb = page.getByTestId('query-neighbours');
    await nb.getByLabel('Word').fill('apple');
    await nb.getByLabel('How many').fill('3');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    const expected = neighboursOf('apple').slice(0, 3);
    const rows = nb.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await expect(rows.nth(i).getByRole('rowheader')).toHaveText(expected[i].word);
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(expected[i].cos.toFixed(3));
    }

    // man : woman :: king : ? → queen (both methods), the inputs never among the answers.
    const an = page.getByTestId('query-analogy');
    await an.getByLabel('a', { exact: true }).fill('man');
    await an.getByLabel('b', { exact: true }).fill('woman');
    await an.getByLabel('c', { exact: true }).fill('king');
    await an.getByRole('button', { name: 'Solve' }).click();
    const answers = an.getByRole('table').locator('tbody tr th');
    await expect(answers.first()).toHaveText('queen');
    await expect(answers).not.toContainText(['man', 'woman', 'king']);
    await an.getByLabel('Method').selectOption('3CosMul');
    await an.getByRole('button', { name: 'Solve' }).click();
    await expect(an.getByRole('caption')).toContainText('3CosMul');
    await expect(answers.first()).toHaveText('queen');

    // An unknown word: the sentence with the closest spelling.
    await nb.getByLabel('Word').fill('aple');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    await expect(nb.getByRole('alert')).toContainText(
      '“aple” is not in the vocabulary. Did you mean “apple”',
    );

    // Similarity and odd one out.
    const sim = page.getByTestId('query-similarity');
    await sim.getByLabel('First word').fill('king');
    await sim.getByLabel('Second word').fill('queen');
    await sim.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('similarity-result')).toContainText(cosine('king', 'queen').toFixed(3));
    const odd = page.getByTestId('query-odd');
    await odd.getByLabel(/Words/).fill('apple pear banana king');
    await odd.getByRole('button', { name: 'Find the odd one' }).click();
    await expect(page.getByTestId('odd-result')).toHaveText('king');

    // A PCA map of every word: drawn on the canvas, coordinates downloadable as CSV.
    await page.getByTestId('map-compute').click();
    const canvas = page.getByTestId('map-canvas');
    await expect(canvas).toHaveAttribute('data-points', String(TOY.length));
    await expect(page.getByTestId('map-note')).toContainText('explain');
    await expect(canvas).toHaveAttribute('data-frame-ms', /\d/);
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(100);
    const csv = await downloadText(page, () => page.getByTestId('export-csv').click());
    expect(csv.name).toMatch(/pca_coordinates\.csv$/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('word,x,y,rank');
    expect(lines).toHaveLength(TOY.length + 1);
    const parsed = lines.slice(1).map((l) => l.split(','));
    expect(parsed.map((p) => p[0])).toEqual(TOY.map(([w]) => w));
    for (const p of parsed) {
      expect(Number.isFinite(Number(p[1])) && Number.isFinite(Number(p[2]))).toBe(true);
    }
    expect(parsed.map((p) => Number(p[3]))).toEqual(TOY.map((_, i) => i + 1));

    // word2vec text export reads back as the same words and values (six decimals).
    const txt = await downloadText(page, () => page.getByTestId('export-w2v-text').click());
    expect(txt.name).toBe('toy.txt');
    const out = txt.text.split('\n').filter((l) => l !== '');
    expect(out[0]).toBe(`${TOY.length} ${DIM}`);
    for (const [i, line] of out.slice(1).entries()) {
      const [word, ...values] = line.trim().split(' ');
      expect(word).toBe(TOY[i][0]);
      expect(values.map(Number)).toEqual(TOY[i][1].map((x) => Number(f32(x).toFixed(6))));
    }

    // After a reload the set comes back as the current one and is listed; loading it again works.
    await page.reload();
    await openStage(page, /Explore/);
    await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.bin');
    const saved = page.getByTestId('saved-set').filter({ hasText: 'toy.bin' });
    await expect(saved).toHaveCount(1);
    await saved.getByRole('button', { name: 'Load toy.bin' }).click();
    await expect(saved).toContainText('(in use)');
    await nb.getByLabel('Word').fill('king');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    await expect(nb.getByRole('table').locator('tbody tr th').first()).toHaveText(
      neighboursOf('king')[0].word,
    );
  });

  test('a malformed file gets the reader’s sentence, the set stays, and an analogy file is scored', async ({
    page,
  }) => {
    await importToy(page);
    await page.getByTestId('vector-file-input').setInputFiles({
      name: 'broken.bin',
      mimeType: 'application/octet-stream',
      buffer: toyBin().subarray(0, 50),
    });
    await expect(page.getByTestId('vector-dropzone').getByRole('alert')).toContainText(/byte|Byte/);
    await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.bin');

    // Evaluation: two exact analogies (woman − man + king = queen, queen − king + man = woman) and
    // one with unknown words, which is left out of the accuracy and lowers coverage to 2 of 3.
    const analogies = ': royals\nman woman king queen\nking queen man woman\n: unknown\nfoo bar baz qux\n';
    await page
      .getByTestId('eval-file-input')
      .setInputFiles({ name: 'tiny-analogies.txt', mimeType: 'text/plain', buffer: Buffer.from(analogies) });
    const report = page.getByTestId('eval-report');
    await expect(report.getByRole('caption')).toContainText('Coverage 66.7 % (2 of 3 with every word known)');
    await expect(report.getByRole('row', { name: /royals/ })).toContainText('22100.0 %');
    await expect(report.getByRole('row', { name: /Overall/ })).toContainText('22100.0 %');
  });
});

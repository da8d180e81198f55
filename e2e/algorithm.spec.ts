import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Serious and critical axe violations inside `selector`, one line per rule and element. */
async function audit(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

async function openTrain(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('#tab-train').click();
  // The Train panel appears once the default corpus (Moby Dick) is read.
  await expect(page.getByTestId('train-start')).toBeVisible();
}

/*
 * Toy vectors (royal, male, female, fruit): "queen" is the nearest neighbour of "king" and the
 * answer to man : woman :: king : ?, so hiding it changes both answers.
 */
const TOY: [string, number[]][] = [
  ['king', [1, 0.3, 0, 0]],
  ['queen', [1, 0, 0.3, 0]],
  ['man', [0, 1, 0, 0.1]],
  ['woman', [0, 0, 1, 0.1]],
  ['apple', [0, 0, 0, 1]],
  ['pear', [0.1, 0, 0.1, 1]],
  ['lemon', [0, 0.1, 0, 1]],
];

const toyText = () => `${TOY.length} 4\n${TOY.map(([w, v]) => `${w} ${v.join(' ')}`).join('\n')}\n`;

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  const dl = await pending;
  return readFile(await dl.path(), 'utf8');
}

test.describe('the algorithm, step by step', () => {
  test('step-through: step once, step N, run and stop, CBOW with hierarchical softmax', async ({ page }) => {
    await openTrain(page);
    const st = page.getByTestId('step-through');
    await st.locator('summary').click();
    const status = page.getByTestId('step-status');
    await expect(status).toHaveAttribute('data-pairs', '0');

    // One pair: the sentence with its centre and context, the window shrink, the positive and five
    // negatives, each with f, the exact σ, the table's σ and g; a vector table; the plane.
    await page.getByTestId('step-once').click();
    await expect(status).toHaveAttribute('data-pairs', '1');
    const sentence = page.getByTestId('step-sentence');
    await expect(sentence.locator('[data-role="centre"]')).toHaveCount(1);
    await expect(sentence.locator('[data-role="context"]')).toHaveCount(1);
    await expect(page.getByTestId('step-window')).toContainText('b = next_random mod 2');
    const rows = page.getByTestId('step-outputs').locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.first()).toHaveAttribute('data-kind', 'positive');
    await expect(page.getByTestId('step-outputs').locator('tbody tr[data-kind="negative"]')).toHaveCount(5);
    // Before any update the output vectors are zero: f = 0, σ = 0.5 exactly, the table's entry 498.
    await expect(rows.first().locator('td').nth(2)).toHaveText('0.0000');
    await expect(rows.first().locator('td').nth(3)).toHaveText('0.5000');
    await expect(rows.first().locator('td').nth(4)).toContainText('[498]');
    await expect(page.getByTestId('step-vectors').locator('tbody tr')).not.toHaveCount(0);
    const plane = page.getByTestId('step-plane');
    await expect(plane).toHaveAttribute('data-pairs', '1');
    expect(await plane.locator('circle').count()).toBeGreaterThan(30);
    await expect(plane.locator('line[marker-end]')).not.toHaveCount(0);
    expect(await audit(page, '[data-testid="step-through"]')).toEqual([]);

    // Step N.
    await page.getByTestId('step-n-count').fill('50');
    await page.getByTestId('step-n').click();
    await expect(status).toHaveAttribute('data-pairs', '51');

    // Run, then stop: the count grows while running and stays put after.
    await page.locator('#step-speed').selectOption('100');
    await page.getByTestId('step-run').click();
    await expect
      .poll(async () => Number(await status.getAttribute('data-pairs')), { timeout: 20_000 })
      .toBeGreaterThan(120);
    await page.getByTestId('step-stop').click();
    await expect(page.getByTestId('step-run')).toBeEnabled();
    const stopped = await status.getAttribute('data-pairs');
    await page.waitForTimeout(600);
    await expect(status).toHaveAttribute('data-pairs', stopped!);

    // CBOW with hierarchical softmax: the Huffman path's nodes, the window's words as context.
    await page.locator('#step-cbow').selectOption('1');
    await page.locator('#step-hs').check();
    await page.locator('#step-negative').fill('0');
    await page.getByTestId('step-reset').click();
    await expect(status).toHaveAttribute('data-pairs', '0');
    await page.getByTestId('step-once').click();
    await expect(status).toHaveAttribute('data-pairs', '1');
    await expect(page.getByTestId('step-outputs').locator('tbody tr[data-kind="node"]')).not.toHaveCount(0);
    await expect(page.getByTestId('step-outputs').locator('tbody tr[data-kind="negative"]')).toHaveCount(0);
    await expect(page.getByTestId('step-pair')).toContainText('mean of its window');

    // A setting the engine refuses gets its sentence and leaves the last session in place.
    await page.locator('#step-window').fill('0');
    await page.getByTestId('step-reset').click();
    await expect(st.getByRole('alert')).toContainText('window');
    await expect(status).toHaveAttribute('data-pairs', '1');
  });

  test('charts of the current corpus: unigram raw and ^0.75, keep probability, top words', async ({
    page,
  }) => {
    await openTrain(page);
    await page.getByTestId('corpus-charts').locator('summary').click();
    await expect(page.getByTestId('charts-summary')).toContainText('-sample 0.001', { timeout: 60_000 });
    const unigram = page.getByTestId('chart-unigram');
    expect(Number(await unigram.getAttribute('data-points'))).toBeGreaterThan(200);
    await expect(unigram.locator('path[stroke-dasharray]')).not.toHaveCount(0);
    const keep = page.getByTestId('chart-keep');
    await expect(keep.locator('.chart-mark').first()).toBeVisible();
    // The watched words of Moby Dick are marked on the keep curve.
    await expect(keep.locator('.chart-mark', { hasText: 'whale' })).toHaveCount(1);
    const top = page.getByTestId('charts-top').locator('tbody tr');
    await expect(top).toHaveCount(20);
    await expect(top.first().locator('th')).toHaveText('the');
    // The most frequent word: its share falls when raised to 0.75, and subsampling drops most of it.
    const cells = top.first().locator('td');
    const pctOf = async (i: number) => Number.parseFloat((await cells.nth(i).textContent()) ?? 'NaN');
    expect(await pctOf(3)).toBeLessThan(await pctOf(2));
    expect(await pctOf(4)).toBeLessThan(20);
    expect(await audit(page, '[data-testid="corpus-charts"]')).toEqual([]);
  });

  test('the word filter hides a word from neighbours, analogies, odd one out and the map', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('#tab-explore').click();
    await page
      .getByTestId('vector-file-input')
      .setInputFiles({ name: 'toy.txt', mimeType: 'text/plain', buffer: Buffer.from(toyText()) });
    await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.txt');

    // Before: "queen" is king's nearest neighbour and the analogy's answer.
    const nb = page.getByTestId('query-neighbours');
    await nb.getByLabel('Word').fill('king');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    const nbWords = nb.getByRole('table').locator('tbody tr th');
    await expect(nbWords.first()).toHaveText('queen');
    const an = page.getByTestId('query-analogy');
    await an.getByLabel('a', { exact: true }).fill('man');
    await an.getByLabel('b', { exact: true }).fill('woman');
    await an.getByLabel('c', { exact: true }).fill('king');
    await an.getByRole('button', { name: 'Solve' }).click();
    const anWords = an.getByRole('table').locator('tbody tr th');
    await expect(anWords.first()).toHaveText('queen');
    await page.getByTestId('map-compute').click();
    await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-points', String(TOY.length));

    // Add "queen" to the list and turn the filter on.
    const filter = page.getByTestId('word-filter');
    await filter.locator('summary').click();
    await page.getByTestId('word-filter-words').fill('queen');
    await page.getByTestId('word-filter-apply').click();
    await page.getByTestId('word-filter-on').check();
    await expect(page.getByTestId('word-filter-count')).toContainText(/\d+/);
    expect(await audit(page, '[data-testid="word-filter"]')).toEqual([]);
    await filter.locator('summary').click();

    // The answers shown re-run without it.
    await expect(nbWords.first()).not.toHaveText('queen');
    await expect(nbWords).not.toContainText(['queen']);
    await expect(anWords.first()).not.toHaveText('queen');
    await expect(anWords).not.toContainText(['queen']);
    // The map was computed again without it: one point fewer, and its data (the worker's CSV) lacks it.
    await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-points', String(TOY.length - 1));
    const csv = await downloadText(page, () => page.getByTestId('export-csv').click());
    const mapWords = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(mapWords).toHaveLength(TOY.length - 1);
    expect(mapWords).not.toContain('queen');
    expect(mapWords).toContain('king');
    // Asking about it is refused without repeating it; so is odd one out.
    await nb.getByLabel('Word').fill('queen');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    await expect(nb.getByRole('alert')).toContainText('hidden by the classroom word filter');
    const odd = page.getByTestId('query-odd');
    await odd.getByLabel(/Words/).fill('apple pear queen');
    await odd.getByRole('button', { name: 'Find the odd one' }).click();
    await expect(odd.getByRole('alert')).toContainText('hidden by the classroom word filter');
    // A misspelling does not suggest it either.
    await nb.getByLabel('Word').fill('queem');
    await nb.getByRole('button', { name: 'Find neighbours' }).click();
    await expect(nb.getByRole('alert')).toBeVisible();
    await expect(nb.getByRole('alert')).not.toContainText('queen');
    // Exports keep every vector, and say so.
    await expect(page.getByTestId('export-filter-note')).toBeVisible();

    // The setting travels in the URL (the word and the switch).
    await expect.poll(() => page.url()).toContain('filter=1');
    expect(page.url()).toContain('filter.words=queen');
  });
});

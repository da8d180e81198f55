import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, TOY_VECTORS, test } from './fixtures';

/** Serious and critical axe violations on the page as it is now, one line per rule and element. */
async function audit(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${where}: ${v.id} (${v.impact}) — ${v.help} — ${n.target.join(' ')} — ${n.failureSummary}`,
      ),
    );
}

test.describe('accessibility', () => {
  test('every panel, open section, a lesson and presentation mode pass axe with no serious or critical violation', async ({
    page,
  }) => {
    const found: string[] = [];
    await page.goto('/');
    await expect(page.getByTestId('corpus-summary')).toBeVisible();
    found.push(...(await audit(page, 'corpus')));

    // Train, with every setting shown and a short run's progress, chart and live neighbours.
    await page.locator('#tab-train').click();
    await page.locator('[data-control="train.advanced"]').click();
    await page.locator('#w2v-iter').fill('1');
    await page.getByTestId('train-start').click();
    await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
    found.push(...(await audit(page, 'train')));

    // Explore: vectors, a query answered, a map with its legend.
    await page.locator('#tab-explore').click();
    await page
      .getByTestId('vector-file-input')
      .setInputFiles({ name: 'toy.txt', mimeType: 'text/plain', buffer: Buffer.from(TOY_VECTORS) });
    await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.txt');
    await page.getByTestId('query-neighbours').locator('input').first().fill('king');
    await page.getByTestId('query-neighbours').locator('button[type="submit"]').click();
    await expect(page.getByTestId('query-neighbours').locator('tbody tr').first()).toBeVisible();
    await page.getByTestId('map-compute').click();
    await expect(page.getByTestId('map-canvas')).toBeVisible();
    found.push(...(await audit(page, 'explore')));

    // Classify: data with its settings open, a model, one quick epoch on the CPU, the results.
    await page.locator('#tab-classify').click();
    await page.locator('[data-control="classify.cleaning"] summary').click();
    await page.locator('#tok-maxlen').fill('20');
    await page.getByTestId('data-prepare').click();
    await expect(page.getByTestId('data-report')).toBeVisible({ timeout: 60_000 });
    await page.locator('#m-units').fill('8');
    await page.locator('#m-dense').fill('0');
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('classify-backend').selectOption('cpu');
    await expect(page.getByTestId('model-summary')).toHaveCount(0);
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
    await page.locator('#f-epochs').fill('1');
    await page.getByTestId('classify-train').click();
    await expect(page.getByTestId('classify-outcome')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('classify-outcome').locator('details summary').click();
    found.push(...(await audit(page, 'classify')));

    // The header's tools open: lessons menu, the copied link; then a lesson and presentation mode.
    await page.getByTestId('lessons-menu').locator('summary').click();
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('share-link')).toBeVisible();
    found.push(...(await audit(page, 'header tools')));
    await page.getByTestId('lesson-link-neighbours').click();
    await expect(page.getByTestId('lesson-card')).toBeVisible();
    found.push(...(await audit(page, 'lesson')));
    await page.getByTestId('presentation-mode').click();
    await expect(page.locator('html')).toHaveClass(/present/);
    found.push(...(await audit(page, 'presentation, train')));
    await page.locator('#tab-explore').click();
    found.push(...(await audit(page, 'presentation, explore')));
    await page.getByTestId('leave-lesson').click();
    await page.locator('#tab-classify').click();
    found.push(...(await audit(page, 'presentation, classify')));
    await page.getByTestId('ui-language').selectOption('ja');
    await page.locator('#tab-corpus').click();
    found.push(...(await audit(page, 'presentation, Japanese, corpus')));

    expect(found, found.join('\n')).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { expect, prepareSpamHam, test } from './fixtures';

test.describe('classifiers on text vectors', () => {
  test('spam or ham: mean word vectors → boosted trees and logistic regression, their reports and the comparison', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Short sequences keep the LSTM that joins the comparison quick.
    await prepareSpamHam(page, 2);

    const section = page.locator('[data-control="classify.featureModels"]');
    await section.getByTestId('features-make-mean').click();
    const summary = section.getByTestId('features-summary');
    await expect(summary).toContainText('1,200 texts × 100 features');
    // The LSTM's split: 70/15/15 of each class.
    await expect(summary).toContainText('840 training / 180 validation / 180 test');
    await expect(section.getByTestId('features-coverage')).toContainText('% of the words have a vector');

    // Boosted trees and logistic regression are the default choice; keep the trees quick.
    await expect(section.getByLabel('Gradient-boosted trees')).toBeChecked();
    await expect(section.getByLabel('Logistic regression')).toBeChecked();
    await expect(section.getByLabel('Neural network (MLP)')).not.toBeChecked();
    await section.getByText('Gradient-boosted trees: options').click();
    await section.getByLabel('Boosting rounds (num_iterations)').fill('60');
    await section.getByTestId('features-train').click();
    await expect(section.getByTestId('features-status')).toBeVisible();
    const results = section.getByTestId('feature-result');
    await expect(results).toHaveCount(2, { timeout: 120_000 });
    await expect(section.getByTestId('features-train')).toBeEnabled();

    const accuracy: Record<string, number> = {};
    for (const kind of ['gbdt', 'logreg']) {
      const result = section.locator(`[data-testid="feature-result"][data-kind="${kind}"]`);
      await result.evaluate((el) => el.setAttribute('open', ''));
      const report = result.getByTestId('classification-report');
      await expect(report).toContainText('ham');
      await expect(report).toContainText('spam');
      accuracy[kind] = Number(await result.getByTestId('test-accuracy').textContent());
      // Mean word vectors separate spam from ham well; a broken model would sit near 0.5.
      expect(accuracy[kind], kind).toBeGreaterThan(0.8);
      const cells = await result.getByTestId('confusion-matrix').locator('tbody td').allTextContents();
      expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(180);
      expect(
        Number(await result.getByTestId(`features-curve-${kind}`).getAttribute('data-points')),
      ).toBeGreaterThan(1);
    }

    const table = section.getByTestId('features-comparison');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    for (const kind of ['gbdt', 'logreg']) {
      const row = table.locator(`tbody tr[data-model="${kind}"]`);
      await expect(row).toHaveAttribute('data-same-data', 'true');
      const cells = await row.locator('td.num').allTextContents();
      expect(Math.abs(Number(cells[0]) - accuracy[kind])).toBeLessThanOrEqual(0.005);
    }

    // Stop: a long boosted-trees run ends at once, and the rounds so far are still tested.
    await section.getByLabel('Logistic regression').uncheck();
    await section.getByLabel('Boosting rounds (num_iterations)').fill('100000');
    await section.getByLabel('Early stopping (early_stopping_round)').fill('0');
    await section.getByTestId('features-train').click();
    await expect(section.getByTestId('features-status')).toContainText('round', { timeout: 30_000 });
    await section.getByTestId('features-stop').click();
    await expect(results).toHaveCount(3, { timeout: 30_000 });
    await expect(results.first()).toContainText('Stopped by you');
    await expect(table.locator('tbody tr')).toHaveCount(3);

    // The LSTM on the same prepared data joins the table as the same data.
    const trainLstm = async () => {
      await page.getByLabel('LSTM units').fill('8');
      await page.getByLabel('Dense units').fill('8');
      await page.getByTestId('model-build').click();
      await expect(page.getByTestId('model-summary')).toBeVisible();
      // The CPU backend keeps this quick (as in classify.spec); switching discards the model.
      if ((await page.getByTestId('classify-backend').inputValue()) !== 'cpu') {
        await page.getByTestId('classify-backend').selectOption('cpu');
        await expect(page.getByTestId('model-summary')).toHaveCount(0);
        await page.getByTestId('model-build').click();
        await expect(page.getByTestId('model-summary')).toBeVisible();
      }
      await page.locator('#f-epochs').fill('1');
      await page.getByTestId('classify-train').click();
      await expect(page.getByTestId('classify-outcome')).toBeVisible({ timeout: 60_000 });
    };
    await trainLstm();
    const lstmRow = table.locator('tbody tr[data-model="lstm"]');
    await expect(lstmRow).toHaveAttribute('data-same-data', 'true');
    await expect(lstmRow).not.toContainText('different data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByTestId('features-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('classifier-comparison.csv');
    const csv = await readFile((await download.path()) as string, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('model,input,accuracy,macro_f1,weighted_f1,training_seconds,same_data');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['gbdt', 'logreg', 'gbdt', 'lstm']);
    expect(lines.slice(1).every((l) => l.endsWith(',yes'))).toBe(true);

    // Another split seed is other test texts: the LSTM trained on it is marked, not compared as equal.
    await page.locator('#data-seed').fill('43');
    await page.getByTestId('data-prepare').click();
    await expect(lstmRow).toHaveCount(0);
    await trainLstm();
    await expect(lstmRow).toHaveAttribute('data-same-data', 'false');
    await expect(lstmRow).toContainText('different data');
  });
});

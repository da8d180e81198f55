import { expect, openStage, prepareSpamHam, test } from './fixtures';

test.describe('classifier', () => {
  test('spam or ham: word2vec vectors → frozen embedding → masked LSTM, report, confusion matrix, prediction', async ({
    page,
  }) => {
    await prepareSpamHam(page);
    await expect(page.getByTestId('data-maxlen')).toHaveText('40');
    await expect(page.getByTestId('split-sizes')).toHaveText('840 train / 180 validation / 180 test');

    await expect(page.getByLabel('Embedding', { exact: true })).toHaveValue('word2vec');
    await page.getByLabel('LSTM units').fill('16');
    await page.getByLabel('Dense units').fill('16');
    await page.getByTestId('model-build').click();
    const summary = page.getByTestId('model-summary');
    await expect(summary).toBeVisible();
    // Frozen embedding: its 100-dim rows are all non-trainable; LSTM(16) on 100 dims = 4·(16·116+16).
    await expect(summary).toContainText('7,488');
    const nonTrainable = Number(
      (await page.getByTestId('params-nontrainable').textContent())?.replace(/,/g, ''),
    );
    expect(nonTrainable % 100).toBe(0);
    expect(nonTrainable).toBeGreaterThan(100_000);
    await expect(page.getByTestId('coverage')).toContainText('have a vector');

    // The CPU backend keeps this test quick; WebGPU correctness has its own gate (foundation.spec).
    await page.getByTestId('classify-backend').selectOption('cpu');
    await expect(page.getByTestId('model-summary')).toHaveCount(0);
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible();
    await page.locator('#f-epochs').fill('4');
    await page.getByLabel('Adam learning rate').fill('0.005');
    await page.getByTestId('classify-train').click();
    await expect(page.getByTestId('classify-outcome')).toBeVisible({ timeout: 240_000 });
    const acc = Number(await page.getByTestId('test-accuracy').textContent());
    expect(acc).toBeGreaterThan(0.75);
    await expect(page.getByTestId('confusion-matrix').locator('tbody tr')).toHaveCount(2);
    expect(
      Number(await page.getByTestId('classify-acc-chart').getAttribute('data-points')),
    ).toBeGreaterThanOrEqual(2);

    await page.getByTestId('predict-text').fill('Click here to WIN free money!!! Limited offer, order now');
    await page.getByTestId('predict-run').click();
    const prediction = page.getByTestId('prediction');
    await expect(prediction).toContainText('spam');
    await expect(prediction).toContainText('out of the vocabulary');
    const spamShare = await prediction.locator('li', { hasText: 'spam' }).locator('.num').textContent();

    // Save, reload, load: the same text gets the same prediction (tokenizer and cleaning came along).
    await page.getByTestId('model-name').fill('spam lstm');
    await page.getByTestId('model-save').click();
    await expect(page.getByTestId('saved-models')).toContainText('spam lstm');
    await page.reload();
    await openStage(page, /Classify/);
    await expect(page.getByTestId('saved-models')).toContainText('spam lstm');
    await page.getByRole('button', { name: 'Load spam lstm' }).click();
    await page.getByTestId('predict-text').fill('Click here to WIN free money!!! Limited offer, order now');
    await page.getByTestId('predict-run').click();
    await expect(
      page.getByTestId('prediction').locator('li', { hasText: 'spam' }).locator('.num'),
    ).toHaveText(spamShare ?? '');
  });

  test('one class only gets a sentence before training', async ({ page }) => {
    await page.goto('/');
    await openStage(page, /Classify/);
    const csv = 'text,label\n' + Array.from({ length: 10 }, (_, i) => `"message ${i}",ham`).join('\n');
    await page
      .getByTestId('labelled-file')
      .setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('data-prepare').click();
    await expect(page.getByRole('alert')).toContainText('"ham"');
    await expect(page.getByTestId('data-report')).toHaveCount(0);
  });
});

test.describe('classifier experiments', () => {
  test('masked vs unmasked padding: four variants trained and compared on one test set', async ({ page }) => {
    await page.goto('/');
    await openStage(page, /Classify/);
    // Label = whether a "good" word occurs; texts of varied length, so padding matters.
    const good = ['great', 'lovely', 'superb'];
    const bad = ['awful', 'boring', 'dreadful'];
    const filler = ['plot', 'actor', 'scene', 'music', 'ending', 'story'];
    const rows = ['text,label'];
    for (let i = 0; i < 160; i++) {
      const pos = i % 2 === 0;
      const words = Array.from({ length: 2 + (i % 9) }, (_, j) => filler[(i * 7 + j * 3) % filler.length]);
      words.splice(i % words.length, 0, (pos ? good : bad)[i % 3]);
      rows.push(`"${words.join(' ')}",${pos ? 'pos' : 'neg'}`);
    }
    await page
      .getByTestId('labelled-file')
      .setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByTestId('data-prepare').click();
    await expect(page.getByTestId('data-report')).toContainText('neg: 80 · pos: 80');
    await page.getByLabel('Embedding', { exact: true }).selectOption('random');
    await page.getByLabel('Random embedding size').fill('8');
    await page.getByLabel('LSTM units').fill('8');
    await page.getByLabel('Dense units').fill('0');
    await page.getByTestId('model-build').click();
    await page.getByTestId('classify-backend').selectOption('cpu');
    await expect(page.getByTestId('model-summary')).toHaveCount(0);
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible();
    await page.locator('#f-epochs').fill('3');
    await page.locator('#f-patience').fill('0');
    await page.getByTestId('exp-masking').click();
    const results = page.getByTestId('exp-results');
    await expect(results).toBeVisible({ timeout: 150_000 });
    await expect(results.locator('tbody tr')).toHaveCount(4);
    await expect(results).toContainText('unmasked, post-padding');
    expect(Number(await page.getByTestId('exp-chart').getAttribute('data-points'))).toBe(12);
  });
});

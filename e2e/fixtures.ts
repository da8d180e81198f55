import { test as base, expect, type Page } from '@playwright/test';

/** Addresses a request may go to: this app's own origin and in-page objects. */
function isLocal(url: string, origin: string): boolean {
  return url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:');
}

/**
 * Every test records every request the browser context makes (pages and their workers) and
 * fails if any left this origin. Page errors (uncaught exceptions) fail the test too.
 */
export const test = base.extend<{ requests: string[]; pageErrors: string[] }>({
  requests: [
    async ({ context, baseURL }, use) => {
      const urls: string[] = [];
      context.on('request', (r) => urls.push(r.url()));
      await use(urls);
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign = urls.filter((u) => !isLocal(u, origin));
      expect(foreign, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'uncaught errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A tiny word2vec text file, so Explore has vectors (and shows its map settings) at once. */
export const TOY_VECTORS = [
  '6 3',
  'king 1 0 0',
  'queen 0.9 0.1 0',
  'man 0 1 0',
  'woman 0 0.9 0.1',
  'apple 0 0 1',
  'pear 0.1 0 1',
]
  .join('\n')
  .concat('\n');

/** Opens a stage's tab. */
export async function openStage(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/**
 * Spam or ham with word2vec vectors, prepared for the classifiers: word2vec trained on the
 * corpus (`epochs` passes), then the labelled set prepared with short sequences (maxlen 40, a
 * 5,000-word vocabulary) so the models trained on it stay quick.
 */
export async function prepareSpamHam(page: Page, epochs?: number): Promise<void> {
  await page.goto('/');
  await page.getByTestId('corpus-card-spam-ham').getByRole('button').click();
  await expect(page.getByTestId('corpus-title')).toHaveText('Spam or ham (SpamAssassin)');
  await openStage(page, /Train/);
  if (epochs !== undefined) await page.locator('#w2v-iter').fill(String(epochs));
  await page.getByTestId('train-start').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', {
    timeout: 120_000,
  });
  await openStage(page, /Classify/);
  await expect(page.getByLabel('Data', { exact: true })).toHaveValue('spam-ham:label');
  await page.getByText('Cleaning, tokenizer and split settings').click();
  await page.getByLabel('Sequence length (maxlen)').fill('40');
  await page.getByLabel('Vocabulary cap').fill('5000');
  await page.getByTestId('data-prepare').click();
  await expect(page.getByTestId('data-report')).toContainText('ham: 600 · spam: 600');
}

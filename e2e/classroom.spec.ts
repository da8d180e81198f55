import type { Browser, Page } from '@playwright/test';
import { expect, TOY_VECTORS, test } from './fixtures';

async function importToy(page: Page): Promise<void> {
  await page.locator('#tab-explore').click();
  await page
    .getByTestId('vector-file-input')
    .setInputFiles({ name: 'toy.txt', mimeType: 'text/plain', buffer: Buffer.from(TOY_VECTORS) });
  await expect(page.getByTestId('current-vectors-name')).toHaveText('toy.txt');
}

/** Opens `url` in a fresh browser context (nothing remembered), as another machine would. */
async function openElsewhere(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    if (!r.url().startsWith(new URL(url).origin) && !/^(blob|data):/.test(r.url())) errors.push(r.url());
  });
  await page.goto(url);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

test.describe('classroom', () => {
  test('Copy link reproduces every setting in a fresh browser', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');

    // Corpus: another built-in one, its text options.
    await page.getByTestId('corpus-card-spam-ham').getByRole('button').click();
    await expect(page.getByTestId('corpus-title')).toHaveText('Spam or ham (SpamAssassin)');
    // The box follows the corpus read again with NFKC, so it ticks once reading is done.
    await page.locator('#corpus-nfkc').click();
    await expect(page.locator('#corpus-nfkc')).toBeChecked();

    // word2vec: architecture, numbers (one under More settings), watched words.
    await page.locator('#tab-train').click();
    await page.locator('#w2v-arch').selectOption('0');
    await page.locator('#w2v-window').fill('3');
    await page.locator('#w2v-seed').fill('11');
    await page.locator('#w2v-size').fill('40');
    await page.locator('#w2v-sample').fill('0.0001');
    await page.locator('[data-control="train.advanced"]').click();
    await page.locator('#w2v-power').fill('0.5');
    await page.locator('#w2v-lowercase').uncheck();
    await page.locator('#w2v-watch').fill('money, free, offer');

    // Explore: map settings (shown once vectors exist).
    await importToy(page);
    await page.getByTestId('map-method').selectOption('tsne');
    await page.getByTestId('map-n').fill('6');
    await page.getByLabel('Perplexity').fill('3');
    await page.getByTestId('map-select').selectOption('search');
    await page.locator('[data-control="explore.map"] input[required]').fill('e');

    // Classify: data, cleaning and split, model, training.
    await page.locator('#tab-classify').click();
    await page.locator('#data-source').selectOption('spam-ham:label');
    await page.locator('[data-control="classify.cleaning"] summary').click();
    await page.locator('#clean-stopwords').selectOption('none');
    await page.locator('#clean-stem').check();
    await page.locator('#tok-maxlen').fill('40');
    await page.locator('#tok-padding').selectOption('post');
    await page.locator('#split-val').fill('0.1');
    await page.locator('#data-seed').fill('5');
    await page.getByTestId('data-prepare').click();
    await expect(page.getByTestId('data-report')).toBeVisible({ timeout: 60_000 });
    await page.locator('#m-embedding').selectOption('random');
    await page.locator('#m-units').fill('16');
    await page.locator('#m-mask').uncheck();
    await page.locator('#m-bi').check();
    await page.locator('#m-lstm-impl').selectOption('layers');
    await page.locator('#m-seed').fill('9');
    await page.getByTestId('model-build').click();
    await expect(page.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
    await page.locator('#f-epochs').fill('3');
    await page.locator('#f-lr').fill('0.005');
    await page.locator('#f-restore').uncheck();

    // The interface language and presentation mode travel too.
    await page.getByTestId('presentation-mode').click();
    await page.getByTestId('ui-language').selectOption('ja');

    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    await expect(page.getByTestId('copy-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // Defaults stay out of the link; what changed is in it.
    expect(link).not.toContain('train.iter');
    expect(link).toContain('train.window=3');
    // The address bar follows the settings too.
    await expect.poll(() => page.url()).toContain('train.window=3');

    const other = await openElsewhere(browser, link);
    await expect(other.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(other.locator('html')).toHaveClass(/present/);
    await expect(other.getByTestId('presentation-mode')).toHaveAttribute('aria-pressed', 'true');
    await expect(other.locator('#tab-classify')).toHaveAttribute('aria-selected', 'true');
    await expect(other.getByTestId('corpus-title')).toHaveText('Spam or ham (SpamAssassin)');
    await expect(other.locator('#corpus-nfkc')).toBeChecked();

    await other.locator('#tab-train').click();
    await expect(other.locator('#w2v-arch')).toHaveValue('0');
    await expect(other.locator('#w2v-window')).toHaveValue('3');
    await expect(other.locator('#w2v-seed')).toHaveValue('11');
    await expect(other.locator('#w2v-size')).toHaveValue('40');
    await expect(other.locator('#w2v-sample')).toHaveValue('0.0001');
    await expect(other.locator('#w2v-alpha')).toHaveValue('0.025');
    await other.locator('[data-control="train.advanced"]').click();
    await expect(other.locator('#w2v-power')).toHaveValue('0.5');
    await expect(other.locator('#w2v-lowercase')).not.toBeChecked();
    await expect(other.locator('#w2v-watch')).toHaveValue('money, free, offer');

    await importToy(other);
    await expect(other.getByTestId('map-method')).toHaveValue('tsne');
    await expect(other.getByTestId('map-n')).toHaveValue('6');
    await expect(other.getByTestId('map-select')).toHaveValue('search');
    await expect(other.locator('[data-control="explore.map"] input[required]')).toHaveValue('e');

    await other.locator('#tab-classify').click();
    await expect(other.locator('#data-source')).toHaveValue('spam-ham:label');
    await other.locator('[data-control="classify.cleaning"] summary').click();
    await expect(other.locator('#clean-stopwords')).toHaveValue('none');
    await expect(other.locator('#clean-stem')).toBeChecked();
    await expect(other.locator('#tok-maxlen')).toHaveValue('40');
    await expect(other.locator('#tok-padding')).toHaveValue('post');
    await expect(other.locator('#split-val')).toHaveValue('0.1');
    await expect(other.locator('#data-seed')).toHaveValue('5');
    await other.getByTestId('data-prepare').click();
    await expect(other.getByTestId('split-sizes')).toHaveText(
      await page
        .getByTestId('split-sizes')
        .textContent()
        .then((s) => s ?? ''),
      { timeout: 60_000 },
    );
    await expect(other.locator('#m-embedding')).toHaveValue('random');
    await expect(other.locator('#m-units')).toHaveValue('16');
    await expect(other.locator('#m-mask')).not.toBeChecked();
    await expect(other.locator('#m-bi')).toBeChecked();
    await expect(other.locator('#m-lstm-impl')).toHaveValue('layers');
    await expect(other.locator('#m-seed')).toHaveValue('9');
    await other.getByTestId('model-build').click();
    await expect(other.getByTestId('model-summary')).toBeVisible({ timeout: 60_000 });
    await expect(other.getByTestId('params-total')).toHaveText(
      (await page.getByTestId('params-total').textContent()) ?? '',
    );
    await expect(other.locator('#f-epochs')).toHaveValue('3');
    await expect(other.locator('#f-lr')).toHaveValue('0.005');
    await expect(other.locator('#f-restore')).not.toBeChecked();
    expect((other as Page & { errors?: string[] }).errors).toEqual([]);
    await other.context().close();
  });

  test('hidden controls stay hidden and their values apply; junk in a link gets one line', async ({
    page,
  }) => {
    await page.goto(
      '/?tab=train&train.negative=0&train.window=2&hide=train.negative,train.hs,tab.classify&train.size=abc&nonsense=1',
    );
    await expect(page.locator('#tab-train')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#w2v-negative')).toBeHidden();
    await expect(page.locator('#w2v-hs')).toBeHidden();
    await expect(page.locator('#tab-classify')).toBeHidden();
    await expect(page.locator('#w2v-window')).toHaveValue('2');
    await expect(page.locator('#w2v-size')).toHaveValue('100');
    await expect(page.getByTestId('link-notice')).toContainText('train.size=abc');
    await expect(page.getByTestId('link-notice')).toContainText('nonsense');
    // The hidden value is the one training uses: no negatives and no softmax leave nothing to learn.
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    await page.getByTestId('train-start').click();
    await expect(page.getByRole('alert')).toContainText('negative');
    // Arrow keys skip the hidden tab: Train → Explore → Corpus → Train.
    await page.locator('#tab-train').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#tab-explore')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#tab-corpus')).toBeFocused();
    // The junk is gone from the address bar; the hidden list and the values stay.
    await expect.poll(() => page.url()).not.toContain('nonsense');
    expect(decodeURIComponent(page.url())).toContain('hide=train.negative,train.hs,tab.classify');
    expect(page.url()).toContain('train.negative=0');
  });

  test('the header and the tabs come in reading order from the keyboard, presentation mode by Enter', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.dataset.testid ?? el.id ?? el.tagName;
        }),
      );
    }
    const at = (id: string) => order.indexOf(id);
    expect(at('ui-language')).toBeGreaterThanOrEqual(0);
    expect(at('presentation-mode')).toBeGreaterThan(at('ui-language'));
    expect(at('copy-link')).toBeGreaterThan(at('presentation-mode'));
    expect(at('tab-corpus')).toBeGreaterThan(at('copy-link'));
    await page.getByTestId('presentation-mode').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveClass(/present/);
    // The ring is drawn: presentation mode's focus outline is 5 px.
    expect(
      await page.getByTestId('presentation-mode').evaluate((el) => getComputedStyle(el).outlineWidth),
    ).toBe('5px');
  });

  test('a lesson link opens with its text, its tab and its hidden controls; leaving shows everything', async ({
    page,
  }) => {
    await page.goto('/?lesson=masking');
    const card = page.getByTestId('lesson-card');
    await expect(card.getByRole('heading', { name: 'Why masking matters' })).toBeVisible();
    await expect(card.locator('li')).toHaveCount(5);
    await expect(page.locator('#tab-classify')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#tab-train')).toBeHidden();
    await expect(page.locator('#data-source')).toHaveValue('spam-ham:label');
    // Lessons turn the classroom word filter on.
    await expect(page.getByTestId('word-filter-on')).toBeChecked();
    await expect.poll(() => page.url()).toContain('lesson=masking');
    expect(page.url()).toContain('classify.epochs=5');

    await page.getByTestId('leave-lesson').click();
    await expect(card).toHaveCount(0);
    await expect(page.locator('#tab-classify')).toBeFocused();
    await expect(page.locator('#tab-train')).toBeVisible();
    await expect.poll(() => page.url()).not.toContain('lesson=');

    // From the menu, in the page: the lesson's settings apply without a reload.
    await page.getByTestId('lessons-menu').locator('summary').click();
    await page.getByTestId('lesson-link-negative-sampling').click();
    await expect(card.getByRole('heading', { name: 'Negative sampling' })).toBeFocused();
    await expect(page.locator('#tab-train')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#w2v-arch')).toHaveValue('0');
    await expect(page.locator('#w2v-hs')).toBeHidden();
    await expect(page.locator('#w2v-negative')).toBeVisible();
    await expect(page.locator('#tab-classify')).toBeHidden();
  });
});

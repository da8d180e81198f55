import { expect, openStage, test } from './fixtures';

test.describe('foundation', () => {
  test('the production build loads with its four stages and the default corpus', async ({
    page,
    requests,
  }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    // The built page carries the privacy policy as a meta tag; `vite preview` sends it as a header too.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    for (const name of [/Corpus/, /Train/, /Explore/, /Classify/]) {
      await expect(page.getByRole('tab', { name })).toBeVisible();
    }
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    await expect(page.getByTestId('corpus-words')).toHaveText(/^\d{3},\d{3}$/);
    // Bundled scripts came from the build (hashed asset names), not the dev server.
    expect(requests.some((u) => /\/assets\/index-[\w-]+\.js$/.test(u))).toBe(true);
    for (const [tab, text] of [
      [/Train/, /word2vec/],
      [/Explore/, /No word vectors yet/],
      [/Classify/, /Labelled data/],
    ] as const) {
      await openStage(page, tab);
      await expect(page.getByRole('tabpanel')).toContainText(text);
    }
  });

  test('the backend self-test chooses WebGPU and shows why', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('backend-chosen')).toHaveText('webgpu', { timeout: 120_000 });
    await expect(page.getByTestId('backend-webgpu')).toHaveAttribute('data-status', 'accepted');
    await expect(page.getByTestId('backend-webgpu')).toContainText('transpose exact');
    await expect(page.getByTestId('backend-status')).toContainText('swiftshader');
    await expect(page.getByTestId('backend-webgl')).toHaveAttribute('data-status', 'untried');
  });

  test('each built-in corpus loads and shows its word count', async ({ page }) => {
    await page.goto('/');
    const manifest = (await (await page.request.get('/corpora/manifest.json')).json()) as {
      corpora: { id: string; title: string; words: number }[];
    };
    expect(manifest.corpora.map((c) => c.id)).toEqual(['moby-dick', 'sotu', 'spam-ham']);
    for (const c of manifest.corpora) {
      const card = page.getByTestId(`corpus-card-${c.id}`);
      await expect(card).toContainText(c.words.toLocaleString('en-US'));
      await card.getByRole('button').click();
      await expect(page.getByTestId('corpus-title')).toHaveText(c.title, { timeout: 60_000 });
      // The worker counts the text itself; it must agree with the build-time count on the card.
      await expect(page.getByTestId('corpus-words')).toHaveText(c.words.toLocaleString('en-US'));
    }
    await expect(page.getByTestId('corpus-summary')).toContainText('Label “label”');
    await expect(page.getByTestId('corpus-summary')).toContainText('spam: 600');
  });

  test('a dropped text file is accepted and rendered as text, never as HTML', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    const text = '<img src=x onerror="window.__pwned=1"> The whale swims. The whale dives.\n';
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'whales.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('corpus-title')).toHaveText('whales.txt');
    await expect(page.getByTestId('corpus-words')).toHaveText('13');
    await expect(page.getByTestId('corpus-preview')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.corpus-summary img').count()).toBe(0);
  });

  test('empty and binary files get a sentence and the previous corpus stays', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    const input = page.getByTestId('file-input');
    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.getByRole('alert')).toHaveText('empty.txt is empty: there is no text to read.');
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    await input.setInputFiles({ name: 'whale.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByRole('alert')).toContainText(
      'whale.png is not a text file (it looks like a PNG image)',
    );
    await expect(page.getByTestId('corpus-title')).toHaveText('Moby Dick');
    // The app keeps working: a good file after the bad ones loads.
    await input.setInputFiles({
      name: 'ok.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('call me ishmael'),
    });
    await expect(page.getByTestId('corpus-title')).toHaveText('ok.txt');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('masked LSTM on WebGPU', () => {
  test('trains to the same per-epoch loss as the CPU backend and ignores extra padding', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('backend-chosen')).toHaveText('webgpu', { timeout: 120_000 });
    await page.getByTestId('parity-run').click();
    const result = page.getByTestId('parity-result');
    await expect(result).toBeVisible({ timeout: 170_000 });
    const lossDiff = Number(await page.getByTestId('parity-loss-diff').textContent());
    const padDiff = Number(await page.getByTestId('parity-padding-diff').textContent());
    expect(lossDiff).toBeLessThanOrEqual(1e-4);
    expect(padDiff).toBeLessThanOrEqual(1e-4);
    await expect(result).toHaveAttribute('data-ok', 'true');
  });
});

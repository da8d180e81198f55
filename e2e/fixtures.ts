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

/** Opens a stage's tab. */
export async function openStage(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

import { expect, test } from './fixtures';

/**
 * FusedLSTM in the test browser, driven through the benchmark page (bench/lstm.html), whose worker
 * runs the same code as the app's classifier worker. The reference is always tf.layers.lstm with
 * the same weights on the CPU backend.
 */
test.describe('FusedLSTM', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/bench/lstm.html');
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  });

  test('the WebGPU kernels give tf.layers.lstm’s outputs, final states and every gradient', async ({
    page,
  }) => {
    const backends = await page.evaluate(() => window.lstmBench.backends());
    expect(backends.find((b) => b.name === 'webgpu')?.ok).toBe(true);
    const reports = await page.evaluate(() => window.lstmBench.parity('webgpu'));
    expect(reports.length).toBeGreaterThanOrEqual(10);
    for (const r of reports) {
      expect(r.path, r.name).toBe('webgpu-fused');
      for (const [quantity, err] of Object.entries(r.errors)) {
        expect(err, `${r.name}: ${quantity}`).toBeLessThan(1e-4);
      }
      // All-padding rows output exact zeros.
      if (r.paddingRowMaxAbs !== null && !Number.isNaN(r.paddingRowMaxAbs))
        expect(r.paddingRowMaxAbs, r.name).toBe(0);
    }
  });

  test('training with it on WebGPU leaves no tensors behind, padded or not', async ({ page }) => {
    for (const padding of ['random', 'none'] as const) {
      const r = await page.evaluate(
        (p) =>
          window.lstmBench.train({
            backend: 'webgpu',
            impl: 'fused',
            batch: 12,
            steps: 16,
            features: 8,
            units: 12,
            minSeconds: 0,
            padding: p,
          }),
        padding,
      );
      expect(r.path).toBe('webgpu-fused');
      expect(r.batches).toBeGreaterThanOrEqual(1);
      expect(r.leakedTensors, padding).toBe(0);
    }
  });

  test('the plain-ops path on WebGL gives them too', async ({ page }) => {
    const reports = await page.evaluate(() => window.lstmBench.parity('webgl', 4));
    for (const r of reports) {
      expect(r.path, r.name).toBe('plain');
      expect(r.maxError, r.name).toBeLessThan(1e-4);
    }
  });

  test('a seeded classifier trained with it on WebGPU follows tf.layers.lstm’s CPU loss curve', async ({
    page,
  }) => {
    for (const padding of ['pre', 'post'] as const) {
      const r = await page.evaluate((p) => window.lstmBench.curves('webgpu', p), padding);
      expect(r.fused.length).toBe(3);
      expect(r.maxDiff, `${padding}-padding: ${r.fused} vs ${r.reference}`).toBeLessThanOrEqual(1e-4);
    }
  });
});

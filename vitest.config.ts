import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'scripts/**/*.test.ts', 'bin/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/vitest-setup.ts'],
    testTimeout: 60_000,
  },
});

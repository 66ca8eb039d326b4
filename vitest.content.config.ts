import { defineConfig } from 'vitest/config';

// Content checks: every real content file validates, and fixture handbooks with a bad page
// fail the real build with a message naming the file. The fixture builds take a few seconds.
export default defineConfig({
  test: {
    include: ['tests/content/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

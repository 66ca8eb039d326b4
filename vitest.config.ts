import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib and the schemas in src/schemas. Fast, no build, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});

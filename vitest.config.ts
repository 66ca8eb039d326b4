import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib, the schemas in src/schemas and the benchmark's options and
// report (scripts/bench). Fast, no build, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});

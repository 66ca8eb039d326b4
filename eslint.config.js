// Lint: typescript-eslint's recommended rules for TS/JS, eslint-plugin-astro for components.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-fork/',
      '.*.building/',
      '.*.previous/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // `_name` marks a value that is deliberately unused (e.g. when destructuring it away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/lib is the pure model: the site, the CLI and the browser islands all import it, so it
    // reads no files and knows nothing of Astro. Loading belongs in src/config or src/data.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:|astro:)',
              message: 'src/lib is pure: do I/O in src/config (disk) or src/data (content collections).',
            },
          ],
          paths: ['fs', 'path', 'os', 'child_process', 'url', 'process'].map((name) => ({
            name,
            message: 'src/lib is pure: do I/O in src/config (disk) or src/data (content collections).',
          })),
        },
      ],
    },
  },
);

import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { countPages } from '../../../src/config/count-pages';

describe('countPages', () => {
  test('counts .md and .mdx pages recursively, skipping drafts, hidden files and other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    mkdirSync(join(dir, 'nested'));
    for (const name of ['a.mdx', 'b.md', '_draft.mdx', '.hidden.md', 'notes.txt', 'nested/c.mdx']) {
      writeFileSync(join(dir, name), '');
    }
    expect(countPages(dir)).toBe(3);
  });

  test('a folder that does not exist has no pages', () => {
    expect(countPages(join(tmpdir(), 'no-such-folder-for-handbook'))).toBe(0);
  });
});

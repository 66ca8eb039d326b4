import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/markdown-remark';
import { readText } from '../../../src/config/read-text';
import { readContentFiles } from '../../../src/config/read-content';
import { checkContent } from '../../../src/lib/content-check/check-content';
import { pageText } from '../helpers/handbook-fixture';

const root = mkdtempSync(join(tmpdir(), 'handbook-bom-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BOM = '\uFEFF';
// A page that passes the check, as the site's pages must (kind and description included).
const PAGE = pageText(
  'Saved in Notepad',
  'start',
  'Body text.\n',
  'description: A page whose editor put a byte order mark before its frontmatter.\nkind: about\n',
);

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('a file saved with a byte order mark', () => {
  test('reads as the same text without it; other files are as they are', () => {
    write('bom.txt', `${BOM}---\nx: 1\n`);
    write('plain.txt', `---\nx: 1\n${BOM}`);
    expect(readText(join(root, 'bom.txt'))).toBe('---\nx: 1\n');
    expect(readText(join(root, 'plain.txt'))).toBe(`---\nx: 1\n${BOM}`);
  });

  test('a page with one passes the check, as it passes the build (Astro skips the mark too)', () => {
    write('content/docs/start/notepad.mdx', BOM + PAGE);
    const files = readContentFiles(join(root, 'content'), root);
    expect(files.pages[0]!.text.startsWith('---')).toBe(true);
    expect(checkContent(files).problems.map((p) => p.message)).toEqual([]);
    // What the build reads from the same bytes: the same fields.
    expect(astroFrontmatter(BOM + PAGE).frontmatter).toMatchObject({ title: 'Saved in Notepad' });
  });
});

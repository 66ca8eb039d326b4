import { expect, test } from 'vitest';
import { exportSite } from '../../../../src/lib/export/export-site';
import { TARGETS } from '../../../../src/lib/export/targets';
import { pageText } from '../../helpers/handbook-fixture';
import { exportHandbook, SAMPLE_ROUTE } from './export-handbook';

/**
 * An aside that opens with a list (as "The short version" on the fork page does) used to end
 * its opening line in a stray `&#x20;` (Confluence, Notion) or leave two empty `>` lines (GitHub,
 * GitLab, Obsidian). An aside that opens with text keeps its opening on the text's first line.
 */
const handbook = exportHandbook(
  pageText(
    'Sample',
    'incidents',
    ':::tip[The short version]\n1. Fork it.\n2. Build it.\n:::\n\n:::note\n- Untitled, a list.\n:::\n\n:::caution[Careful]\nText first.\n:::\n',
  ),
);

test.each(TARGETS)('%s: no stray space entity, no doubled empty quote line', (target) => {
  const result = exportSite({ target, handbook });
  const output = result.files.get(result.fileOf.get(SAMPLE_ROUTE)!)!;
  expect(output).not.toContain('&#x20;');
  expect(output).not.toMatch(/^>\n>\n/m);
  expect(output).not.toMatch(/[ \t]$/m);
  expect(output).toContain('1. Fork it.');
  expect(output).toContain('Text first.');
});

test('the opening stands on its own line before a list, and shares the line with text; an alert’s title is a paragraph of its own', () => {
  const output = (target: 'gfm' | 'notion' | 'obsidian') => {
    const result = exportSite({ target, handbook });
    return result.files.get(result.fileOf.get(SAMPLE_ROUTE)!)!;
  };
  expect(output('gfm')).toContain('> [!TIP]\n> **The short version**\n>\n> 1. Fork it.');
  expect(output('gfm')).toContain('> [!NOTE]\n>\n> - Untitled, a list.');
  // On the line just before the text, GitHub would run title and text together.
  expect(output('gfm')).toContain('> [!WARNING]\n> **Careful**\n>\n> Text first.');
  expect(output('notion')).toContain('> **Tip: The short version.**\n>\n> 1. Fork it.');
  expect(output('notion')).toContain('> **Caution: Careful.** Text first.');
  expect(output('obsidian')).toContain('> [!tip] The short version\n>\n> 1. Fork it.');
});

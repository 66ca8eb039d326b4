import { describe, expect, test } from 'vitest';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { exportSite } from '../../src/lib/export/export-site';
import { STYLES } from '../../src/lib/export/targets';
import { embeddedData } from '../../src/lib/content-check/references';
import { parseMdx } from '../../src/lib/export/parse';
import { CONTENT, ROOT } from '../paths';

/**
 * Every reference table a page embeds reaches the export as a real Markdown table: the same
 * columns and, row by row, the same cells as its YAML file. Read back from the exported text,
 * so a table that came out as a list, lost a row or shifted a column fails here.
 */
const { handbook } = loadHandbookFromDisk(CONTENT, ROOT);
const embedding = handbook.pages.flatMap((page) =>
  embeddedData(parseMdx(page.text!))
    .filter((ref) => ref.component === 'DataTable')
    .map((ref) => ({ page, table: handbook.tables.find((t) => t.id === ref.id)! })),
);

/** The cells of each GFM table row in a Markdown text (the delimiter rows left out). */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
}

describe('reference tables in the export', () => {
  test('the KPI set and the decision rights are embedded by pages', () => {
    expect(embedding.map((e) => e.table?.id).sort()).toEqual(['em-decision-rights', 'em-kpis']);
  });

  const result = exportSite({ target: 'gfm', handbook });
  for (const { page, table } of embedding) {
    test(`${table.id} on ${page.route} comes out as a table with every row`, () => {
      const output = result.files.get(STYLES.gfm.file(page))!;
      const rows = tableRows(output);
      const header = table.columns.map((c) => c.label);
      const start = rows.findIndex((r) => r.join('|') === header.join('|'));
      expect(start, `header row ${header.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(rows.slice(start + 1, start + 1 + table.rows.length)).toEqual(
        table.rows.map((row) => table.columns.map((c) => row[c.id])),
      );
    });
  }
});

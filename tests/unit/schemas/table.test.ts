import { describe, expect, test } from 'vitest';
import { TableSchema } from '../../../src/schemas/table';
import { parseMdx } from '../../../src/lib/export/parse';
import { referenceProblems } from '../../../src/lib/content-check/references';
import { handbookOf, pageText } from '../helpers/handbook-fixture';

const good = () => ({
  id: 'decision-rights',
  title: 'Decision rights',
  description: 'Who decides what.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-28', change: 'First version.' }],
  columns: [
    { id: 'decision', label: 'Decision' },
    { id: 'tier', label: 'Who decides' },
  ],
  rows: [
    { decision: 'Rollback', tier: 'You' },
    { decision: 'Headcount', tier: 'Your director' },
  ],
});

const problems = (data: unknown) => {
  const r = TableSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('TableSchema', () => {
  test('accepts a complete table, with notes defaulting to none', () => {
    expect(problems(good())).toEqual([]);
    expect(TableSchema.parse(good()).notes).toEqual([]);
  });

  test('a row missing a cell names the row, the column and every column', () => {
    const data = good();
    delete (data.rows[1] as Partial<(typeof data.rows)[number]>).tier;
    expect(problems(data)).toEqual([
      'rows.1: rows[1] has no "tier": give every row a cell for each column (decision, tier)',
    ]);
  });

  test('a cell for no column is an error, so a typo in a key is not silently dropped', () => {
    const data = good();
    (data.rows[0] as Record<string, string>).teir = 'You';
    expect(problems(data)).toEqual([
      'rows.0.teir: rows[0].teir is not a column; the columns are decision, tier',
    ]);
  });

  test('column ids are unique and cells are text', () => {
    const data = good();
    data.columns[1]!.id = 'decision';
    expect(problems(data)).toContain(
      'columns.1.id: columns[1].id "decision" is used twice; give each column its own id',
    );
    const empty = good();
    empty.rows[0]!.tier = '  ';
    expect(problems(empty)).toEqual(['rows.0.tier: the cell is empty']);
  });
});

describe('<DataTable> references', () => {
  const page = (body: string) => pageText('Page', 'management', body);
  const handbook = handbookOf({
    pages: [{ rel: 'management/page.mdx', text: page('Text.\n') }],
    tables: [good()],
  });

  test('a page naming a table that exists has no problem', () => {
    expect(
      referenceProblems('p.mdx', parseMdx(page('<DataTable id="decision-rights" />\n')), handbook),
    ).toEqual([]);
  });

  test('a page naming no table gets its line and the tables there are', () => {
    expect(
      referenceProblems('p.mdx', parseMdx(page('Text.\n\n<DataTable id="kpis" />\n')), handbook),
    ).toEqual([
      { file: 'p.mdx', line: 11, message: '<DataTable id="kpis" />: no such table. Known: decision-rights' },
    ]);
  });
});

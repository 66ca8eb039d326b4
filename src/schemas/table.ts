import { z } from 'astro/zod';
import { DataFileSchema } from './data-file';
import { StableId as Id, Text } from './primitives';

/** A stable id. Pages name the table by it (`<DataTable id="em-kpis" />`). */
const StableId = Id('em-kpis');

/** A column: the key every row uses, and the heading readers see. */
export const TableColumnSchema = z.strictObject({
  id: StableId,
  label: Text('column label'),
});

/**
 * A reference table kept as data (a KPI set, decision rights): columns, then one row per line
 * with a cell for every column. The first column names the row. Rendered by `<DataTable>`,
 * exported as a Markdown table, and replaceable by a fork's own copy in `local/tables/`.
 */
export const TableSchema = DataFileSchema.extend({
  /** Stable id; also the file name (`em-kpis.yaml`). */
  id: StableId,
  /** What the table is for, in a sentence (shown above it). */
  description: Text('description'),
  columns: z.array(TableColumnSchema).min(2, { error: 'a table needs at least two columns' }),
  /** One object per row, keyed by column id; every cell is text. */
  rows: z
    .array(z.record(z.string(), Text('cell')), { error: 'write rows as a list of column: text lines' })
    .min(1, { error: 'a table needs at least one row' }),
  /** Short notes shown under the table: how to read it, what not to do with it. */
  notes: z.array(Text('note')).default([]),
}).superRefine((table, ctx) => {
  const ids = table.columns.map((c) => c.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) < i)
      ctx.addIssue({
        code: 'custom',
        path: ['columns', i, 'id'],
        message: `columns[${i}].id "${id}" is used twice; give each column its own id`,
      });
  });
  table.rows.forEach((row, r) => {
    for (const id of ids)
      if (!(id in row))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', r],
          message: `rows[${r}] has no "${id}": give every row a cell for each column (${ids.join(', ')})`,
        });
    for (const key of Object.keys(row))
      if (!ids.includes(key))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', r, key],
          message: `rows[${r}].${key} is not a column; the columns are ${ids.join(', ')}`,
        });
  });
});

export type Table = z.output<typeof TableSchema>;

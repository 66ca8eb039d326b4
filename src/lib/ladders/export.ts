import type { Ladder } from '../../schemas/ladder';
import { parseCsv, toCsv } from '../text/csv';

/** The columns of a ladder CSV, one row per level × dimension. */
export const LADDER_CSV_COLUMNS = [
  'ladder_id',
  'ladder_version',
  'level_id',
  'level_band',
  'level_title',
  'dimension_id',
  'dimension_label',
  'rating',
  'expectation',
  'signals',
  'anti_patterns',
] as const;

/**
 * A ladder as CSV for spreadsheets: a header row, then one row per level × dimension, levels
 * lowest first. Lists (signals, anti-patterns) are one cell each, one item per line.
 */
export function ladderToCsv(ladder: Ladder): string {
  const rows = ladder.levels.flatMap((level) =>
    ladder.dimensions.map((dimension) => {
      const cell = level.dimensions[dimension.id]!;
      return [
        ladder.id,
        ladder.version,
        level.id,
        level.band,
        level.title,
        dimension.id,
        dimension.label,
        cell.rating,
        cell.expectation,
        cell.signals.join('\n'),
        cell.antiPatterns.join('\n'),
      ];
    }),
  );
  return toCsv([[...LADDER_CSV_COLUMNS], ...rows]);
}

/** One parsed row of a ladder CSV. */
export type LadderCsvRow = Record<(typeof LADDER_CSV_COLUMNS)[number], string>;

/** Parses a ladder CSV back into rows keyed by column name; throws if the header is not ours. */
export function parseLadderCsv(text: string): LadderCsvRow[] {
  // A byte order mark (the site's download has one, for Excel; so has a file Excel saved) is not data.
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (header?.join(',') !== LADDER_CSV_COLUMNS.join(',')) {
    throw new Error(`Not a ladder CSV: the first row must be ${LADDER_CSV_COLUMNS.join(',')}.`);
  }
  return rows.map(
    (row) => Object.fromEntries(LADDER_CSV_COLUMNS.map((c, i) => [c, row[i] ?? ''])) as LadderCsvRow,
  );
}

/** The ladder as JSON: the validated data, dates as YYYY-MM-DD. */
export function ladderToJson(ladder: Ladder): string {
  return JSON.stringify(
    ladder,
    (_key, value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)
        ? value.slice(0, 10)
        : value,
    2,
  );
}

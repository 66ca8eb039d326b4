import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  LADDER_CSV_COLUMNS,
  ladderToCsv,
  ladderToJson,
  parseLadderCsv,
} from '../../../../src/lib/ladders/export';
import { LadderSchema, type Ladder } from '../../../../src/schemas/ladder';
import { smallLadder } from '../../helpers/ladder-fixture';
import { CONTENT } from '../../../paths';

const LADDERS = join(CONTENT, 'ladders');
const realLadders = readdirSync(LADDERS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => LadderSchema.parse(parse(readFileSync(join(LADDERS, f), 'utf8'))));

describe.each([smallLadder(), ...realLadders].map((l): [string, Ladder] => [l.id, l]))(
  'exports of %s',
  (_id, ladder) => {
    test('JSON parses back to the same validated data', () => {
      expect(LadderSchema.parse(JSON.parse(ladderToJson(ladder)))).toEqual(ladder);
    });

    test('CSV has one row per level × dimension, holding the same data', () => {
      const rows = parseLadderCsv(ladderToCsv(ladder));
      expect(rows).toHaveLength(ladder.levels.length * ladder.dimensions.length);
      for (const row of rows) {
        const level = ladder.levels.find((l) => l.id === row.level_id)!;
        const cell = level.dimensions[row.dimension_id]!;
        expect(row.ladder_id).toBe(ladder.id);
        expect(Number(row.ladder_version)).toBe(ladder.version);
        expect(row.level_title).toBe(level.title);
        expect(row.level_band).toBe(level.band);
        expect(Number(row.rating)).toBe(cell.rating);
        expect(row.expectation).toBe(cell.expectation);
        expect(row.signals.split('\n')).toEqual(cell.signals);
        expect(row.anti_patterns.split('\n')).toEqual(cell.antiPatterns);
      }
    });
  },
);

describe('ladder exports', () => {
  test('JSON writes dates as YYYY-MM-DD', () => {
    expect(JSON.parse(ladderToJson(smallLadder())).changelog[0].date).toBe('2026-10-01');
  });

  test('the CSV header names every column, and a foreign CSV is refused', () => {
    expect(ladderToCsv(smallLadder()).split('\r\n')[0]).toBe(LADDER_CSV_COLUMNS.join(','));
    expect(() => parseLadderCsv('name,score\nx,1\n')).toThrow(/Not a ladder CSV/);
  });
});

import { describe, expect, test } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/lib/text/csv';

describe('csv', () => {
  test('quotes only the fields that need it and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 3]])).toBe('a,"b,c","say ""hi""",3\r\n');
  });

  test('round-trips commas, quotes, line breaks and surrounding spaces', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"'],
      ['line one\nline two', ' padded ', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  test('reads LF-only files and a last line without a line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('refuses a quoted field that never closes', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/closing " is missing/);
  });
});

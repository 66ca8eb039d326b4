import { describe, expect, test } from 'vitest';
import { DataFileSchema } from '../../../src/schemas/data-file';

describe('DataFileSchema', () => {
  test('accepts a titled, versioned file and defaults the changelog to empty', () => {
    const file = DataFileSchema.parse({ title: 'IC ladder', version: 1 });
    expect(file.changelog).toEqual([]);
  });

  test('refuses a changelog date the calendar does not have', () => {
    const result = DataFileSchema.safeParse({
      title: 'IC ladder',
      version: 1,
      changelog: [{ version: 1, date: '2026-02-31', change: 'First.' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('2026-02-31 is not a day in the calendar');
  });

  test('reads changelog dates', () => {
    const file = DataFileSchema.parse({
      title: 'IC ladder',
      version: 2,
      changelog: [{ version: 2, date: '2026-11-01', change: 'Split mid into two levels.' }],
    });
    expect(file.changelog[0]?.date).toBeInstanceOf(Date);
  });

  test.each([
    [{ version: 1 }, /^title: give the file a title/],
    [{ title: 'X', version: '1' }, /^version: write the version as a whole number/],
    [{ title: 'X', version: 1.5 }, /^version: write the version as a whole number/],
    [{ title: 'X', version: 0 }, /^version: versions start at 1/],
  ])('rejects %j', (data, message) => {
    const result = DataFileSchema.safeParse(data);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(`${issue.path.join('.')}: ${issue.message}`).toMatch(message);
  });
});

import { describe, expect, test } from 'vitest';
import { readVersioned, writeVersioned } from '../../../../src/lib/storage/versioned';

/** A reader for a made-up format: version 2 stores `items`, before versions a bare array. */
const read = (raw: string | null) =>
  readVersioned(raw, 2, (data, v) => {
    if (v === undefined) return Array.isArray(data) ? data : undefined;
    const items = (data as { items?: unknown }).items;
    return Array.isArray(items) ? items : undefined;
  });

describe('readVersioned', () => {
  test('reads what writeVersioned wrote, and stamps the time', () => {
    const raw = writeVersioned(2, { items: ['a'] }, new Date('2026-11-21T09:30:00Z'));
    expect(JSON.parse(raw)).toEqual({ v: 2, items: ['a'], updated: '2026-11-21T09:30:00.000Z' });
    expect(read(raw)).toEqual({ kind: 'ok', value: ['a'] });
  });

  test('hands a value saved before versions existed to the migration', () => {
    expect(read('["a","b"]')).toEqual({ kind: 'ok', value: ['a', 'b'] });
  });

  test('nothing stored, broken JSON, a newer version and an unknown shape are told apart', () => {
    expect(read(null)).toEqual({ kind: 'empty' });
    expect(read('{broken')).toEqual({ kind: 'unreadable' });
    expect(read('{"v":3,"items":[]}')).toEqual({ kind: 'newer' });
    expect(read('{"v":"two"}')).toEqual({ kind: 'unknown' });
    expect(read('{"v":2,"things":[]}')).toEqual({ kind: 'unknown' });
    expect(read('"just a string"')).toEqual({ kind: 'unknown' });
  });
});

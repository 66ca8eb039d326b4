import { describe, expect, test } from 'vitest';
import { SECTIONS, SECTION_IDS, sectionLabel } from '../../../src/schemas/sections';
import { AUDIENCES, audienceLabel } from '../../../src/schemas/audience';

describe('sections and audiences', () => {
  test('section ids are unique and usable as folder names', () => {
    expect(new Set(SECTION_IDS).size).toBe(SECTIONS.length);
    for (const id of SECTION_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('labels are looked up by id', () => {
    expect(sectionLabel('incidents')).toBe('Incidents & on-call');
    expect(audienceLabel('team')).toBe('Teams');
    expect(new Set(AUDIENCES.map((a) => a.label)).size).toBe(AUDIENCES.length);
  });

  test('an unknown id is a clear error, not an empty label', () => {
    expect(() => sectionLabel('ops' as never)).toThrow(/Unknown section "ops".*start, levels/);
    expect(() => audienceLabel('ceo' as never)).toThrow(/Unknown audience "ceo"/);
  });
});

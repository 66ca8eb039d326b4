import { describe, expect, test } from 'vitest';
import { HandbookPageSchema } from '../../../src/schemas/page';
import { AUDIENCE_IDS } from '../../../src/schemas/audience';
import { SECTION_IDS } from '../../../src/schemas/sections';

const good = {
  audience: ['engineer', 'manager'],
  section: 'promotions',
  levels: ['senior', 'staff'],
  lastReviewed: new Date('2026-01-15'),
  sources: [{ title: 'Staff Engineer', author: 'Will Larson', url: 'https://staffeng.com/book' }],
};

/** Parses `data` and returns the issues as `path: message` strings. */
function issues(data: unknown): string[] {
  const result = HandbookPageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('HandbookPageSchema', () => {
  test('accepts a complete page', () => {
    expect(issues(good)).toEqual([]);
  });

  test('accepts a page without levels and with an empty sources list', () => {
    const { levels: _levels, ...rest } = good;
    expect(issues({ ...rest, sources: [] })).toEqual([]);
  });

  test('reads a YYYY-MM-DD string as the review date', () => {
    const page = HandbookPageSchema.parse({ ...good, lastReviewed: '2026-03-01' });
    expect(page.lastReviewed.toISOString().slice(0, 10)).toBe('2026-03-01');
  });

  test('refuses a review date the calendar does not have, instead of moving it to March', () => {
    const [issue] = issues({ ...good, lastReviewed: '2026-02-30' });
    expect(issue).toContain('lastReviewed');
    expect(issue).toContain('2026-02-30 is not a day in the calendar');
    expect(issues({ ...good, lastReviewed: '2024-02-29' })).toEqual([]);
    expect(issues({ ...good, lastReviewed: 'yesterday' })[0]).toContain('YYYY-MM-DD');
  });

  test('names an unknown audience and lists the allowed ones', () => {
    const [issue] = issues({ ...good, audience: ['executives'] });
    expect(issue).toContain('audience.0');
    expect(issue).toContain('"executives"');
    for (const id of AUDIENCE_IDS) expect(issue).toContain(id);
  });

  test('rejects an empty audience list', () => {
    expect(issues({ ...good, audience: [] })[0]).toMatch(/^audience: name at least one audience/);
  });

  test('rejects an audience written as a single word instead of a list', () => {
    expect(issues({ ...good, audience: 'engineer' })[0]).toMatch(/^audience: list who the page is for/);
  });

  test('names an unknown section and lists every section', () => {
    const [issue] = issues({ ...good, section: 'ops' });
    expect(issue).toMatch(/^section: "ops" is not a section/);
    for (const id of SECTION_IDS) expect(issue).toContain(id);
    // A fork's lead, trying a section of their own, learns it is not possible and what to do.
    expect(issue).toContain('a fork cannot add one');
  });

  test('asks for the section when it is missing', () => {
    const { section: _section, ...rest } = good;
    expect(issues(rest)[0]).toMatch(/^section: add the section the page belongs to/);
  });

  test('rejects a level id with capitals or spaces', () => {
    expect(issues({ ...good, levels: ['Senior II'] })[0]).toMatch(/^levels.0: use a lowercase level id/);
  });

  test('rejects a review date that is not a date', () => {
    expect(issues({ ...good, lastReviewed: 'last week' })[0]).toMatch(
      /^lastReviewed: write the date as YYYY-MM-DD/,
    );
  });

  test('rejects a review date in the future', () => {
    const nextYear = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);
    expect(issues({ ...good, lastReviewed: nextYear })[0]).toMatch(
      /^lastReviewed: the review date is in the future/,
    );
  });

  test('requires the sources field, even if empty', () => {
    const { sources: _sources, ...rest } = good;
    expect(issues(rest)[0]).toMatch(/^sources: list the works the page draws on/);
  });

  test('rejects a source without a title, a plain-http url, or an unknown field', () => {
    expect(issues({ ...good, sources: [{ author: 'Someone' }] })[0]).toMatch(/^sources.0.title:/);
    expect(issues({ ...good, sources: [{ title: 'X', url: 'http://example.org' }] })[0]).toMatch(
      /^sources.0.url: use a full https:\/\/ address/,
    );
    expect(issues({ ...good, sources: [{ title: 'X', link: 'https://example.org' }] })[0]).toMatch(
      /^sources.0: .*link/,
    );
  });
});

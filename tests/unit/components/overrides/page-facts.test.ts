import { describe, expect, test } from 'vitest';
import { readPageFacts } from '../../../../src/components/overrides/page-facts';
import { levelTitle } from '../../../../src/lib/handbook/model';
import { smallLadder } from '../../helpers/ladder-fixture';

describe('readPageFacts', () => {
  test('turns frontmatter into display labels and dates', () => {
    const facts = readPageFacts({
      title: 'SLOs',
      audience: ['engineer', 'team'],
      section: 'incidents',
      lastReviewed: new Date('2026-11-03'),
      sources: [{ title: 'Site Reliability Engineering', author: 'Google' }],
    });
    expect(facts).toMatchObject({
      audiences: ['Engineers', 'Teams'],
      section: 'Incidents & on-call',
      levels: [],
      reviewedIso: '2026-11-03',
      reviewedText: '3 November 2026',
    });
    expect(facts?.sources[0]?.title).toBe('Site Reliability Engineering');
  });

  test('names levels by their titles, as the ladders have them', () => {
    const facts = readPageFacts(
      {
        title: 'Staff',
        audience: ['engineer'],
        section: 'levels',
        levels: ['regular', 'lead', 'unknown'],
        lastReviewed: new Date('2026-11-03'),
        sources: [],
      },
      undefined,
      (id) => levelTitle({ ladders: [smallLadder()] }, id),
    );
    const titles = Object.fromEntries(smallLadder().levels.map((l) => [l.id, l.title]));
    expect(titles.regular).not.toBe('regular');
    expect(facts?.levels).toEqual([titles.regular, titles.lead, 'unknown']);
  });

  test('returns nothing for a page without handbook fields (such as a generated page)', () => {
    expect(readPageFacts({ title: 'Not found' })).toBeUndefined();
  });
});

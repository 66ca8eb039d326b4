import { describe, expect, test } from 'vitest';
import { addPeriod, overdueByOwner, reviewOf } from '../../../../src/lib/handbook/review';
import { DEFAULT_CONFIG } from '../../../../src/lib/config/parse-config';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('addPeriod', () => {
  test('adds days, weeks, months and years, clamping to the end of a shorter month', () => {
    expect(iso(addPeriod(day('2026-01-10'), '10 days'))).toBe('2026-01-20');
    expect(iso(addPeriod(day('2026-01-10'), '2 weeks'))).toBe('2026-01-24');
    expect(iso(addPeriod(day('2026-08-31'), '6 months'))).toBe('2027-02-28');
    expect(iso(addPeriod(day('2028-02-29'), '1 year'))).toBe('2029-02-28');
  });
});

describe('reviewOf', () => {
  const config = {
    ...DEFAULT_CONFIG,
    owner: '@handbook',
    reviewEvery: '12 months',
    sections: { incidents: { owner: '@sre', reviewEvery: '3 months' } },
  };
  const today = day('2026-06-01');

  test('the page’s own owner and period come first, then its section’s, then the config’s', () => {
    const own = reviewOf(
      { lastReviewed: day('2026-01-01'), owner: 'Ana', reviewEvery: '1 month' },
      'incidents',
      config,
      today,
    );
    expect(own).toMatchObject({ owner: 'Ana', every: '1 month', overdue: true });
    expect(iso(own!.due)).toBe('2026-02-01');
    const section = reviewOf({ lastReviewed: '2026-03-15' }, 'incidents', config, today);
    expect(section).toMatchObject({ owner: '@sre', every: '3 months', overdue: false });
    expect(iso(section!.due)).toBe('2026-06-15');
    expect(reviewOf({ lastReviewed: day('2026-01-01') }, 'management', config, today)).toMatchObject({
      owner: '@handbook',
      every: '12 months',
      overdue: false,
    });
  });

  test('a page due today is not overdue yet; a page without a review date has no review', () => {
    expect(reviewOf({ lastReviewed: day('2026-03-01') }, 'incidents', config, today)!.overdue).toBe(false);
    expect(reviewOf({ lastReviewed: day('2026-02-28') }, 'incidents', config, today)!.overdue).toBe(true);
    expect(reviewOf({}, 'incidents', config, today)).toBeUndefined();
  });
});

describe('overdueByOwner', () => {
  test('groups overdue pages by owner, owners by name and "no owner" last, oldest first', () => {
    const page = (route: string, due: string, owner?: string, overdue = true) => ({
      title: route,
      route,
      file: `content/docs${route}x.mdx`,
      review: { owner, every: '1 month', lastReviewed: day('2020-01-01'), due: day(due), overdue },
    });
    const groups = overdueByOwner([
      page('/b/', '2026-03-01', '@sre'),
      page('/a/', '2026-01-01'),
      page('/c/', '2026-02-01', '@sre'),
      page('/d/', '2026-02-01', '@docs'),
      page('/fresh/', '2027-01-01', '@sre', false),
    ]);
    expect(groups.map((g) => [g.owner, g.pages.map((p) => p.route)])).toEqual([
      ['@docs', ['/d/']],
      ['@sre', ['/c/', '/b/']],
      [undefined, ['/a/']],
    ]);
  });
});

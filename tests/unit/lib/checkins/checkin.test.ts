import { describe, expect, test } from 'vitest';
import {
  agendaMarkdown,
  compareCheckIns,
  exportCheckIn,
  parseCheckIn,
  parseSetAside,
  sharedCheckIn,
  switchLadder,
  type CheckIn,
} from '../../../../src/lib/checkins/checkin';
import type { LadderOutline } from '../../../../src/lib/evidence/markdown';

const ladder: LadderOutline = {
  id: 'ic',
  title: 'IC ladder',
  dimensions: [
    { id: 'scope', label: 'Scope' },
    { id: 'influence', label: 'Influence' },
    { id: 'mentoring', label: 'Mentoring' },
    { id: 'depth', label: 'Depth' },
  ],
  levels: [{ id: 'staff', title: 'Staff engineer', expectations: {} }],
};
const me: CheckIn = {
  ladder: 'ic',
  level: 'staff',
  who: 'Ana',
  date: '2026-11-28',
  ratings: {
    scope: { rating: 'meeting', position: 'high' },
    influence: { rating: 'exceeding', note: 'Schema guide adopted by 5 teams' },
    mentoring: { rating: 'meeting' },
  },
};
const manager: CheckIn = {
  ...me,
  who: 'Sam',
  ratings: {
    scope: { rating: 'meeting', position: 'low' },
    influence: { rating: 'below' },
    mentoring: { rating: 'exceeding' },
    depth: { rating: 'meeting' },
  },
};

describe('check-ins', () => {
  test('disagreements come first, widest gap first; a position difference alone is not a disagreement', () => {
    const rows = compareCheckIns(ladder, me, manager);
    expect(rows.map((r) => [r.id, r.disagree, r.gap])).toEqual([
      ['influence', true, 6],
      ['mentoring', true, 3],
      ['scope', false, 2],
      ['depth', false, undefined],
    ]);
  });

  test('the agenda starts with the disagreements, then thin evidence, then agreement', () => {
    const md = agendaMarkdown(ladder, me, manager, {
      scope: 'strong',
      influence: 'thin',
      mentoring: 'strong',
      depth: 'none',
    });
    const at = (s: string) => md.indexOf(s);
    expect(
      at('**Influence**: Ana: exceeding — “Schema guide adopted by 5 teams”; Sam: below.'),
    ).toBeGreaterThan(0);
    expect(at('### Where we disagree')).toBeLessThan(at('**Influence**'));
    expect(at('**Influence**')).toBeLessThan(at('**Mentoring**'));
    expect(at('**Mentoring**')).toBeLessThan(at('### Where the evidence is thin'));
    expect(md).toContain('- **Depth**: no entries in the evidence log');
    expect(md).toContain('- **Influence**: one or two entries');
    expect(md.slice(at('### Where we agree'))).toContain('- Scope: meeting');
  });

  test('a foreign or broken file is not a check-in; unknown ratings are dropped', () => {
    expect(
      parseCheckIn({ format: 'engineering-handbook/evidence', ladder: 'ic', level: 'staff', ratings: {} }),
    ).toBeUndefined();
    expect(parseCheckIn('nope')).toBeUndefined();
    expect(
      parseCheckIn({
        ladder: 'ic',
        level: 'staff',
        ratings: { scope: { rating: 'great' }, depth: { rating: 'below', position: 'top' } },
      }),
    ).toEqual({
      ladder: 'ic',
      level: 'staff',
      who: 'someone',
      date: '',
      ratings: { depth: { rating: 'below' } },
    });
  });
});

describe('what stays in the browser', () => {
  const drafted: CheckIn = {
    ...me,
    who: 'me',
    drafts: { depth: { note: 'Ask about the RFC' }, scope: { note: 'x' } },
  };

  test('drafts are read back, except on a dimension that has its rating', () => {
    expect(parseCheckIn(JSON.parse(JSON.stringify(drafted)))?.drafts).toEqual({
      depth: { note: 'Ask about the RFC' },
    });
  });

  test('a shared or exported check-in carries no drafts and no "me"', () => {
    const shared = parseCheckIn(sharedCheckIn(drafted))!;
    expect(shared.drafts).toBeUndefined();
    expect(shared.who).toBe('someone');
    expect(shared.ratings).toEqual(me.ratings);
    const file = JSON.parse(exportCheckIn(drafted));
    expect(file).not.toHaveProperty('drafts');
    expect(file.who).toBe('');
  });
});

describe('switching ladder sets the ratings aside, never clears them', () => {
  test('there and back again: the ratings, drafts and level come back as they were', () => {
    const drafted: CheckIn = { ...me, drafts: { depth: { note: 'half a thought' } } };
    const there = switchLadder(drafted, {}, 'em', 'em-1');
    expect(there.mine).toEqual({ ladder: 'em', level: 'em-1', who: 'Ana', date: me.date, ratings: {} });
    expect(there.aside).toEqual({ ic: drafted });
    const rated = { ...there.mine, ratings: { hiring: { rating: 'meeting' as const } } };
    const back = switchLadder(rated, there.aside, 'ic', 'senior');
    expect(back.mine).toEqual(drafted);
    expect(back.aside).toEqual({ em: rated });
  });

  test('a ladder with nothing rated is not kept, and the name in use follows the reader', () => {
    const empty: CheckIn = { ...me, ratings: {} };
    expect(switchLadder(empty, {}, 'em', 'em-1').aside).toEqual({});
    const back = switchLadder({ ...empty, ladder: 'em', who: 'Ana R.' }, { ic: me }, 'ic', 'staff');
    expect(back.mine.who).toBe('Ana R.');
    expect(switchLadder(me, {}, 'ic', 'senior')).toEqual({ mine: me, aside: {} });
  });

  test('stored set-aside check-ins are read back; a broken one, or one filed under the wrong ladder, is left out', () => {
    expect(parseSetAside({ ic: me, em: { ladder: 'em' }, pm: me, x: 3 })).toEqual({ ic: parseCheckIn(me) });
    expect(parseSetAside('nonsense')).toEqual({});
    expect(parseSetAside(undefined)).toEqual({});
  });
});

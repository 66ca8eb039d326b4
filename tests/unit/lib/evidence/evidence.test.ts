import { describe, expect, test } from 'vitest';
import {
  coverage,
  mergeEntries,
  monthsBefore,
  parseEvidence,
  type EvidenceEntry,
} from '../../../../src/lib/evidence/evidence';
import { bragMarkdown, packetMarkdown } from '../../../../src/lib/evidence/markdown';

const entry = (id: string, date: string, dimensions: string[]): EvidenceEntry => ({
  id,
  date,
  what: `Did ${id}`,
  impact: '',
  dimensions,
});

describe('evidence log', () => {
  test('a valid file is read and sorted newest first; every bad entry is named with its fix', () => {
    const { log } = parseEvidence({
      entries: [entry('a', '2026-01-02', ['scope']), entry('b', '2026-03-04', [])],
    });
    expect(log!.entries.map((e) => e.id)).toEqual(['b', 'a']);
    const { problems } = parseEvidence({
      format: 'engineering-handbook/evidence',
      entries: [
        { date: '2026-02-30x', what: 'x', dimensions: [] },
        { date: '2026-01-01', what: ' ', dimensions: 'scope', link: 'ftp://x' },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'entries[0].date',
      'entries[1].what',
      'entries[1].dimensions',
      'entries[1].link',
    ]);
    expect(
      parseEvidence({ format: 'engineering-handbook/check-in', entries: [] }).problems[0]!.message,
    ).toMatch(/not an evidence log/);
  });

  test('a day the calendar does not have is refused, and, given today, so is a day to come', () => {
    const read = (date: string, today?: string) =>
      parseEvidence({ entries: [entry('a', date, [])] }, { today }).problems.map((p) => p.message);
    // Date.parse reads 2026-02-30 as 2 March; the log must not.
    expect(read('2026-02-30')).toEqual([expect.stringMatching(/^write the date as YYYY-MM-DD/)]);
    expect(read('2026-11-30', '2026-11-29')).toEqual([
      '2026-11-30 is still to come: log what has happened, dated the day it did',
    ]);
    expect(read('2026-11-29', '2026-11-29')).toEqual([]);
    expect(read('2031-05-05')).toEqual([]); // without today, as the saved log is read
  });

  test('the packet counts the period it is given, says which, and lists untagged entries apart', () => {
    const outline = {
      id: 'ic',
      title: 'IC',
      dimensions: [
        { id: 'scope', label: 'Scope' },
        { id: 'influence', label: 'Influence' },
      ],
      levels: [{ id: 'staff', title: 'Staff', expectations: { scope: 'S', influence: 'I' } }],
    };
    const log = {
      entries: [
        entry('new', '2026-11-03', ['scope']),
        entry('old', '2025-06-01', ['influence']),
        entry('bare', '2026-10-01', []),
      ],
    };
    const recent = packetMarkdown(log, outline, 'staff', { since: '2025-11-29' });
    expect(recent).toContain('From the 2 entries dated 2025-11-29 or later in the evidence log.');
    expect(recent).not.toContain('Did old');
    expect(recent).toContain('| Influence | 0 | none |');
    expect(recent).toContain('Concern: Influence — no evidence logged');
    expect(recent).toMatch(/### Not tied to a dimension yet\n\n>.*\n\n- 2026-10-01: Did bare/);
    const all = packetMarkdown(log, outline, 'staff');
    expect(all).toContain('From all 3 entries in the evidence log.');
    expect(all).toContain('| Influence | 1 | thin |');
  });

  test('an import replaces entries with the same id and adds the rest', () => {
    const merged = mergeEntries(
      [entry('a', '2026-01-01', []), entry('b', '2026-01-02', [])],
      [{ ...entry('a', '2026-01-01', []), what: 'Changed' }, entry('c', '2026-01-03', [])],
    );
    expect(merged.map((e) => [e.id, e.what])).toEqual([
      ['c', 'Did c'],
      ['b', 'Did b'],
      ['a', 'Changed'],
    ]);
  });

  test('coverage counts entries per dimension in the window: 3+ strong, 1–2 thin, 0 none', () => {
    const entries = [
      entry('a', '2026-11-01', ['scope']),
      entry('b', '2026-10-01', ['scope']),
      entry('c', '2026-09-01', ['scope', 'mentoring']),
      entry('d', '2025-01-01', ['depth']),
    ];
    const since = monthsBefore('2026-11-28', 12);
    expect(since).toBe('2025-11-28');
    expect(
      coverage(
        entries,
        [
          { id: 'scope', label: 'S' },
          { id: 'mentoring', label: 'M' },
          { id: 'depth', label: 'D' },
        ],
        since,
      ).map((c) => [c.id, c.count, c.strength]),
    ).toEqual([
      ['scope', 3, 'strong'],
      ['mentoring', 1, 'thin'],
      ['depth', 0, 'none'],
    ]);
  });

  test('the brag document lists entries by skill, then the weekly log', () => {
    const md = bragMarkdown(
      { entries: [entry('a', '2026-11-01', ['scope'])], level: 'staff' },
      {
        id: 'ic',
        title: 'IC',
        dimensions: [
          { id: 'scope', label: 'Scope' },
          { id: 'depth', label: 'Depth' },
        ],
        levels: [{ id: 'staff', title: 'Staff', expectations: {} }],
      },
      '2026-11-28',
    );
    expect(md).toContain('Aiming for: Staff');
    expect(md).toMatch(/### Scope\n- 2026-11-01: Did a\n\n### Depth\n- \(nothing logged yet\)/);
    expect(md).toMatch(/## Weekly log \(newest first\)\n\n- 2026-11-01: Did a/);
  });
});

describe('a saved log with a damaged entry', () => {
  const good = { id: 'a', date: '2026-11-01', what: 'Ran the review', impact: 'x', dimensions: [] };
  const bad = { id: 'b', date: 'bad', what: 5 };
  test('an imported file is refused whole; the browser’s own log keeps its good entries', () => {
    expect(parseEvidence({ entries: [good, bad] }).log).toBeUndefined();
    const kept = parseEvidence({ entries: [good, bad] }, { keepValid: true });
    expect(kept.log?.entries.map((e) => e.id)).toEqual(['a']);
    expect(kept.problems.map((p) => p.path)).toEqual([
      'entries[1].date',
      'entries[1].what',
      'entries[1].dimensions',
    ]);
    // A problem with the file itself is still no log at all.
    expect(parseEvidence({ entries: 'x' }, { keepValid: true }).log).toBeUndefined();
  });
});

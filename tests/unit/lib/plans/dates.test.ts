import { describe, expect, test } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  groupDates,
  iso,
  localToday,
  milestones,
  nextWorkingDay,
  parseDate,
} from '../../../../src/lib/plans/dates';
import { toIcs } from '../../../../src/lib/plans/ics';

const d = (s: string) => parseDate(s)!;

describe('plan dates', () => {
  test('parses only real calendar dates written as YYYY-MM-DD', () => {
    expect(iso(d('2027-01-11'))).toBe('2027-01-11');
    for (const bad of ['2027-02-30', '2027-13-01', '11/01/2027', '2027-1-11', 'tomorrow', ''])
      expect(parseDate(bad)).toBeUndefined();
    expect(iso(d('2028-02-29'))).toBe('2028-02-29');
  });

  test('weekends move to the next Monday; working days skip weekends', () => {
    expect(iso(nextWorkingDay(d('2027-01-09')))).toBe('2027-01-11'); // Saturday → Monday
    expect(iso(nextWorkingDay(d('2027-01-12')))).toBe('2027-01-12');
    expect(iso(addWorkingDays(d('2027-01-14'), 2))).toBe('2027-01-18'); // Thu + 2 → Mon
  });

  test('milestones: first day, end of week 1, and check-ins on day 30, 60 and 90 on working days', () => {
    const m = milestones(d('2027-01-11'));
    expect(m.map((x) => [x.id, iso(x.date)])).toEqual([
      ['first-day', '2027-01-11'],
      ['week-1', '2027-01-15'],
      ['day-30', '2027-02-09'],
      ['day-60', '2027-03-11'],
      ['day-90', '2027-04-12'], // day 90 is Saturday 10 April → Monday
    ]);
    expect(iso(milestones(d('2027-01-10'))[0]!.date)).toBe('2027-01-11'); // a Sunday start begins on Monday
  });

  test('group ids become date ranges', () => {
    const start = d('2027-01-11');
    expect([groupDates('days-31-60', start)].map((r) => [iso(r!.from), iso(r!.to)])).toEqual([
      ['2027-02-10', '2027-03-11'],
    ]);
    expect([groupDates('weeks-3-4', start)].map((r) => [iso(r!.from), iso(r!.to)])).toEqual([
      ['2027-01-25', '2027-02-07'],
    ]);
    expect(iso(groupDates('month-6', start)!.from)).toBe('2027-07-12'); // 11 July 2027 is a Sunday
    expect(groupDates('observability', start)).toBeUndefined();
    expect(iso(addMonths(d('2027-01-31'), 1))).toBe('2027-02-28');
  });
});

describe('toIcs', () => {
  test('writes all-day events with escaped text, CRLF lines and folding', () => {
    const ics = toIcs(
      'Plan, Payments',
      [
        {
          uid: 'a@h',
          date: '2027-02-09',
          summary: 'Day-30 check-in; with Rosa',
          description: 'x'.repeat(100),
        },
      ],
      '2027-01-11',
    );
    expect(ics).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
    expect(ics).toContain('X-WR-CALNAME:Plan\\, Payments');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270209\r\nDTEND;VALUE=DATE:20270210');
    expect(ics).toContain('SUMMARY:Day-30 check-in\\; with Rosa');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('localToday', () => {
  test('is the calendar day on the reader’s clock, at 00:00 UTC like every date here', () => {
    const zone = process.env.TZ;
    // Node reads TZ on every date call: 20:30 in California is already the next day in UTC.
    process.env.TZ = 'America/Los_Angeles';
    try {
      const evening = new Date('2026-11-29T04:30:00Z');
      expect(iso(localToday(evening))).toBe('2026-11-28');
      expect(localToday(evening).getTime()).toBe(Date.UTC(2026, 10, 28));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

import { describe, expect, test } from 'vitest';
import {
  iso,
  milestones,
  parseDate,
  parseDaysOff,
  phaseDates,
  previousWorkingDay,
} from '../../../../src/lib/plans/dates';

const d = (s: string) => parseDate(s)!;
const range = (id: string, start: string) => {
  const r = phaseDates(id, d(start));
  return r && [iso(r.from), iso(r.to)];
};

describe('phaseDates: a plan’s phases on working days, in step with the check-ins', () => {
  test('a phase that ends on day 90 ends at the day-90 check-in, not on the Saturday before it', () => {
    // Starting Monday 11 January 2027, day 90 is Saturday 10 April; the check-in moves to Monday.
    const checkIn = iso(milestones(d('2027-01-11')).find((m) => m.id === 'day-90')!.date);
    expect(checkIn).toBe('2027-04-12');
    expect(range('days-61-90', '2027-01-11')).toEqual(['2027-03-12', checkIn]);
    expect(range('days-1-30', '2027-01-11')).toEqual(['2027-01-11', '2027-02-09']);
    expect(range('days-31-60', '2027-01-11')).toEqual(['2027-02-10', '2027-03-11']);
  });

  test('the phase after a check-in moved to Monday starts the day after it: no overlap, no weekend', () => {
    // Starting Friday 8 January 2027, day 30 is Saturday 6 February: the check-in is Monday the 8th.
    expect(range('days-1-30', '2027-01-08')).toEqual(['2027-01-08', '2027-02-08']);
    expect(range('days-31-60', '2027-01-08')).toEqual(['2027-02-09', '2027-03-08']); // not Sunday the 7th
  });

  test('other ranges start on their first working day and end on their last; unknown ids have none', () => {
    expect(range('weeks-3-4', '2027-01-11')).toEqual(['2027-01-25', '2027-02-05']); // not Sunday 7 Feb
    expect(range('month-6', '2027-01-11')).toEqual(['2027-07-12', '2027-07-12']);
    expect(range('observability', '2027-01-11')).toBeUndefined();
    expect(iso(previousWorkingDay(d('2027-04-11')))).toBe('2027-04-09');
    expect(iso(previousWorkingDay(d('2027-04-08')))).toBe('2027-04-08');
  });

  test('days off move a check-in, and the phases either side of it, to working days', () => {
    // Day 30 of a plan starting Monday 11 January 2027 is Tuesday 9 February; with the 9th and
    // 10th off, the check-in is Thursday the 11th, and the next phase starts on Friday the 12th.
    const off = new Set(['2027-02-09', '2027-02-10']);
    const at = (id: string) => {
      const r = phaseDates(id, d('2027-01-11'), off)!;
      return [iso(r.from), iso(r.to)];
    };
    expect(iso(milestones(d('2027-01-11'), undefined, off).find((m) => m.id === 'day-30')!.date)).toBe(
      '2027-02-11',
    );
    expect(at('days-1-30')).toEqual(['2027-01-11', '2027-02-11']);
    expect(at('days-31-60')).toEqual(['2027-02-12', '2027-03-11']);
    // Easter Monday and Good Friday off: the working day before 5 April 2027 is Thursday the 1st.
    expect(iso(previousWorkingDay(d('2027-04-05'), new Set(['2027-04-02', '2027-04-05'])))).toBe(
      '2027-04-01',
    );
  });
});

describe('parseDaysOff: the reader’s holidays and leave', () => {
  test('dates and ranges, separated by commas or spaces', () => {
    const r = parseDaysOff('2026-12-24..2026-12-27, 2027-01-01 2027-04-02');
    expect('days' in r && [...r.days]).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2027-01-01',
      '2027-04-02',
    ]);
  });

  test('a mistake names the part it is in', () => {
    expect(parseDaysOff('2027-01-01, 2027-02-30')).toEqual({
      error: '"2027-02-30" is not a date (YYYY-MM-DD) or a range of dates (YYYY-MM-DD..YYYY-MM-DD)',
    });
    expect(parseDaysOff('2027-01-01..2027-01-02..2027-01-03')).toHaveProperty('error');
    expect(parseDaysOff('2027-01-09..2027-01-01')).toEqual({
      error: '"2027-01-09..2027-01-01" ends before it starts; write the earlier date first',
    });
    expect(parseDaysOff('2027-01-01..2029-01-01')).toHaveProperty('error');
  });
});

import { describe, expect, test } from 'vitest';
import { iso, milestones, parseDate, phaseDates, previousWorkingDay } from '../../../../src/lib/plans/dates';

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
});

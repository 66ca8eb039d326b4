/**
 * Dates for a personalised 30/60/90-day plan. Pure and time-zone free: every date is a
 * calendar day at 00:00 UTC. "Day N" of a plan is the N-th calendar day from the start
 * (day 1 is the start); a check-in that falls on a weekend, or on a day off the reader
 * names (public holidays, leave), moves to the next working day.
 */

const DAY = 86_400_000;

/** Parses a strict YYYY-MM-DD calendar date, or returns undefined (e.g. 2027-02-30). */
export function parseDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/**
 * Today as the reader's own calendar shows it, as a date at 00:00 UTC like every date here.
 * Not `new Date()` as UTC: at 8 p.m. in California that is already tomorrow.
 */
export const localToday = (now: Date = new Date()) =>
  new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));

/** YYYY-MM-DD. */
export const iso = (date: Date) => date.toISOString().slice(0, 10);

/** "Monday 11 January 2027". */
export const longDate = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Days off besides weekends, as YYYY-MM-DD (`parseDaysOff`). */
export type DaysOff = ReadonlySet<string>;
const NO_DAYS_OFF: DaysOff = new Set();

export const isWorkingDay = (date: Date, off: DaysOff = NO_DAYS_OFF) =>
  date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && !off.has(iso(date));

/** The date itself if it is a working day, otherwise the next one (a weekend's Monday). */
export function nextWorkingDay(date: Date, off: DaysOff = NO_DAYS_OFF): Date {
  let d = date;
  while (!isWorkingDay(d, off)) d = addDays(d, 1);
  return d;
}

/** The date `count` working days after `date` (count 0 = the next working day from date). */
export function addWorkingDays(date: Date, count: number, off: DaysOff = NO_DAYS_OFF): Date {
  let d = nextWorkingDay(date, off);
  for (let left = count; left > 0; left--) d = nextWorkingDay(addDays(d, 1), off);
  return d;
}

/** The most days off one plan takes: a year of them is already more than any plan needs. */
const MOST_DAYS_OFF = 366;

/**
 * Days off from the reader's list: dates and ranges, separated by commas or spaces
 * (`2026-12-24..2027-01-01, 2027-04-02`). A mistake is said with the part it is in.
 */
export function parseDaysOff(text: string): { days: DaysOff } | { error: string } {
  const days = new Set<string>();
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const [fromText, toText, ...rest] = part.split('..');
    const from = parseDate(fromText!);
    const to = toText === undefined ? from : parseDate(toText);
    if (!from || !to || rest.length > 0)
      return { error: `"${part}" is not a date (YYYY-MM-DD) or a range of dates (YYYY-MM-DD..YYYY-MM-DD)` };
    if (to < from) return { error: `"${part}" ends before it starts; write the earlier date first` };
    for (let d = from; d <= to; d = addDays(d, 1)) {
      days.add(iso(d));
      if (days.size > MOST_DAYS_OFF)
        return {
          error: `more than ${MOST_DAYS_OFF} days off; list the ones that fall within the plan's 90 days`,
        };
    }
  }
  return { days };
}

/** Day N of a plan that starts on `start` (day 1 is the start). */
export const planDay = (start: Date, n: number) => addDays(start, n - 1);

/** The same day `months` months later (clamped to the month's last day). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), last));
  return target;
}

/**
 * The dates a checklist group covers, read from its id: `days-31-60` (days 31 to 60),
 * `week-1`, `weeks-3-4`, `month-6` (the day six months in). Undefined for other ids.
 */
export function groupDates(
  groupId: string,
  start: Date,
  off: DaysOff = NO_DAYS_OFF,
): { from: Date; to: Date } | undefined {
  let m = /^days?-(\d+)-(\d+)$/.exec(groupId);
  if (m) return { from: planDay(start, Number(m[1])), to: planDay(start, Number(m[2])) };
  m = /^weeks?-(\d+)(?:-(\d+))?$/.exec(groupId);
  if (m)
    return { from: planDay(start, (Number(m[1]) - 1) * 7 + 1), to: planDay(start, Number(m[2] ?? m[1]) * 7) };
  m = /^months?-(\d+)(?:-(\d+))?$/.exec(groupId);
  if (m) {
    const from = nextWorkingDay(addMonths(start, Number(m[1])), off);
    return { from, to: m[2] ? addMonths(start, Number(m[2])) : from };
  }
  return undefined;
}

/**
 * The plan's fixed milestones: first day, end of week 1, and the day-30/60/90 check-ins.
 * @param week1 what the end of the first week looks like for the role (the plan's `ROLES`)
 */
export function milestones(
  start: Date,
  week1?: string,
  off: DaysOff = NO_DAYS_OFF,
): { id: string; date: Date; label: string }[] {
  const first = nextWorkingDay(start, off);
  return [
    { id: 'first-day', date: first, label: 'First day' },
    {
      id: 'week-1',
      date: addWorkingDays(first, 4, off),
      label: week1 ? `End of week 1: ${week1}` : 'End of week 1',
    },
    ...[30, 60, 90].map((n) => ({
      id: `day-${n}`,
      date: nextWorkingDay(planDay(first, n), off),
      label: `Day-${n} check-in`,
    })),
  ];
}

/** The date itself if it is a working day, otherwise the one before (a weekend's Friday). */
export function previousWorkingDay(date: Date, off: DaysOff = NO_DAYS_OFF): Date {
  let d = date;
  while (!isWorkingDay(d, off)) d = addDays(d, -1);
  return d;
}

/**
 * A checklist group's dates as a plan prints them: `groupDates` moved onto working days, in
 * step with the check-ins of `milestones`. A phase that ends on day 30, 60 or 90 ends at that
 * day's check-in (which moves off a weekend to the Monday), and the phase after it starts the
 * working day after the check-in; any other range starts on its first working day and ends on
 * its last. So no phase starts or ends on a weekend, and none ends before its own check-in.
 */
export function phaseDates(
  groupId: string,
  start: Date,
  off: DaysOff = NO_DAYS_OFF,
): { from: Date; to: Date } | undefined {
  const first = nextWorkingDay(start, off);
  const range = groupDates(groupId, first, off);
  if (!range) return undefined;
  const checkIns = milestones(first, undefined, off)
    .filter((m) => m.id.startsWith('day-'))
    .map((m) => ({ day: planDay(first, Number(m.id.slice(4))).getTime(), date: m.date }));
  const closing = checkIns.find((c) => c.day === range.to.getTime());
  const opening = checkIns.find((c) => addDays(new Date(c.day), 1).getTime() === range.from.getTime());
  const from = opening ? nextWorkingDay(addDays(opening.date, 1), off) : nextWorkingDay(range.from, off);
  const to = closing ? closing.date : previousWorkingDay(range.to, off);
  return { from, to: to < from ? from : to };
}

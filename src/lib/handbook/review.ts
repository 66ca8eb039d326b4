import { DURATION_PATTERN, type HandbookConfig } from '../../schemas/config';

/** When a page is next due for review, and who does it. */
export interface Review {
  /** A person or team, when the page, its section or the config names one. */
  owner?: string;
  /** How often, e.g. "6 months". */
  every: string;
  lastReviewed: Date;
  /** lastReviewed + every. */
  due: Date;
  /** True when `due` is before the build's day. */
  overdue: boolean;
}

/** A date plus a period like "6 months" (month ends clamp: 31 Aug + 6 months = 28/29 Feb). */
export function addPeriod(date: Date, period: string): Date {
  const [, countText, unit] = DURATION_PATTERN.exec(period.trim()) ?? [];
  if (!countText || !unit) throw new Error(`"${period}" is not a period like "6 months"`);
  const count = Number(countText);
  const d = new Date(date.getTime());
  if (unit === 'day' || unit === 'week') {
    d.setUTCDate(d.getUTCDate() + count * (unit === 'week' ? 7 : 1));
    return d;
  }
  const months = unit === 'year' ? count * 12 : count;
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/**
 * A page's review: its own `owner` and `reviewEvery` first, then its section's in the config,
 * then the config's defaults.
 */
export function reviewOf(
  page: { lastReviewed?: unknown; owner?: unknown; reviewEvery?: unknown },
  section: string,
  config: Pick<HandbookConfig, 'sections' | 'owner' | 'reviewEvery'>,
  today: Date,
): Review | undefined {
  // A Date from the content collections; text (2026-11-21) from the disk loader's YAML.
  const lastReviewed =
    page.lastReviewed instanceof Date
      ? page.lastReviewed
      : typeof page.lastReviewed === 'string'
        ? new Date(page.lastReviewed)
        : undefined;
  if (!lastReviewed || Number.isNaN(lastReviewed.getTime())) return undefined;
  const sectionSetting = config.sections[section as keyof HandbookConfig['sections']];
  const sectionDefaults = typeof sectionSetting === 'object' ? sectionSetting : {};
  // A page's own period that is not a period is the schema's to report (file, line, fix); the
  // review falls back to the section's or the config's rather than stopping everything.
  const own = typeof page.reviewEvery === 'string' && DURATION_PATTERN.test(page.reviewEvery.trim());
  const every =
    (own ? (page.reviewEvery as string) : undefined) ?? sectionDefaults.reviewEvery ?? config.reviewEvery;
  const owner =
    (typeof page.owner === 'string' ? page.owner : undefined) ?? sectionDefaults.owner ?? config.owner;
  const due = addPeriod(lastReviewed, every);
  return { owner, every, lastReviewed, due, overdue: due.getTime() < startOfDay(today).getTime() };
}

const startOfDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** A page with a review, as `overdueByOwner` needs it. */
interface Reviewed {
  title: string;
  route: string;
  file: string;
  review?: Review;
}

/**
 * The pages past their review date, grouped by owner (owners by name, "no owner" last), each
 * group oldest first: the "Due for review" page and `handbook check --stale` list these.
 */
export function overdueByOwner<P extends Reviewed>(
  pages: P[],
): { owner?: string; pages: (P & { review: Review })[] }[] {
  const overdue = pages
    .filter((p): p is P & { review: Review } => p.review?.overdue === true)
    .sort((a, b) => a.review.due.getTime() - b.review.due.getTime() || a.route.localeCompare(b.route));
  const owners = [...new Set(overdue.map((p) => p.review.owner))].sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b),
  );
  return owners.map((owner) => ({ owner, pages: overdue.filter((p) => p.review.owner === owner) }));
}

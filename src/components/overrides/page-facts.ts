import { audienceLabel } from '../../schemas/audience';
import { HandbookPageSchema, type Source } from '../../schemas/page';
import { sectionLabel } from '../../schemas/sections';
import type { Review } from '../../lib/handbook/review';
import { fillRoute } from '../../lib/handbook/routes';

/** What the page footer shows about a page, with labels ready for display. */
export interface PageFacts {
  audiences: string[];
  section: string;
  /** The address of the section's contents (`/management/`): its index page, or the generated one. */
  sectionRoute: string;
  /** The levels the page is about, by title ("Senior engineer", not `senior`). */
  levels: string[];
  /** ISO date (YYYY-MM-DD) for `<time datetime>`. */
  reviewedIso: string;
  /** The review date in words, e.g. "21 November 2026". */
  reviewedText: string;
  sources: Source[];
  /** Who looks after the page, when the page, its section or the config says. */
  owner?: string;
  /** When the next review is due, and whether that day has passed. */
  due?: { iso: string; text: string; overdue: boolean };
}

/** One formatter for every page: making an Intl.DateTimeFormat is slow, using one is not. */
const DATE_IN_WORDS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date in words, e.g. "21 November 2026". */
export const dateInWords = (date: Date): string => DATE_IN_WORDS.format(date);

/**
 * Turns a page's frontmatter into display-ready facts, or returns undefined for pages that
 * are not handbook pages (Starlight's own 404 page has none of our fields).
 */
export function readPageFacts(
  data: unknown,
  review?: Review,
  levelTitle: (id: string) => string = (id) => id,
): PageFacts | undefined {
  const parsed = HandbookPageSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const page = parsed.data;
  const reviewedIso = page.lastReviewed.toISOString().slice(0, 10);
  return {
    audiences: page.audience.map(audienceLabel),
    section: sectionLabel(page.section),
    sectionRoute: fillRoute('section', { section: page.section }),
    levels: (page.levels ?? []).map(levelTitle),
    reviewedIso,
    reviewedText: dateInWords(page.lastReviewed),
    sources: page.sources,
    owner: review?.owner,
    due: review && {
      iso: review.due.toISOString().slice(0, 10),
      text: dateInWords(review.due),
      overdue: review.overdue,
    },
  };
}

import { audienceLabel } from '../../schemas/audience';
import { HandbookPageSchema, type Source } from '../../schemas/page';
import { sectionLabel } from '../../schemas/sections';

/** What the page footer shows about a page, with labels ready for display. */
export interface PageFacts {
  audiences: string[];
  section: string;
  levels: string[];
  /** ISO date (YYYY-MM-DD) for `<time datetime>`. */
  reviewedIso: string;
  /** The review date in words, e.g. "21 November 2026". */
  reviewedText: string;
  sources: Source[];
}

/**
 * Turns a page's frontmatter into display-ready facts, or returns undefined for pages that
 * are not handbook pages (Starlight's own 404 page has none of our fields).
 */
export function readPageFacts(data: unknown): PageFacts | undefined {
  const parsed = HandbookPageSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const page = parsed.data;
  const reviewedIso = page.lastReviewed.toISOString().slice(0, 10);
  return {
    audiences: page.audience.map(audienceLabel),
    section: sectionLabel(page.section),
    levels: page.levels ?? [],
    reviewedIso,
    reviewedText: new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(page.lastReviewed),
    sources: page.sources,
  };
}

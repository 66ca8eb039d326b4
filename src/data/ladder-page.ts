import type { Ladder } from '../schemas/ladder';

/**
 * The Starlight frontmatter of a generated ladder page: title and description from the caller,
 * the rest (audience, section, review date, sources) from the ladder, so the page footer and
 * the search filters work as on any hand-written page.
 */
export function ladderFrontmatter(
  ladder: Ladder,
  page: { title: string; description: string; levels?: string[]; searchable?: boolean },
) {
  return {
    title: page.title,
    description: page.description,
    audience: ladderAudience(ladder),
    section: 'levels' as const,
    levels: page.levels,
    lastReviewed: ladderReviewed(ladder),
    sources: ladder.sources,
    pagefind: page.searchable ?? true,
  };
}

/** The newest date in a ladder's changelog, used as the review date of its generated pages. */
export function ladderReviewed(ladder: Ladder): Date {
  return new Date(Math.max(...ladder.changelog.map((c) => c.date.getTime())));
}

/** Who a ladder's pages are for. */
export function ladderAudience(ladder: Ladder): ('engineer' | 'manager' | 'team')[] {
  return ladder.track === 'management' ? ['manager', 'engineer'] : ['engineer', 'manager'];
}

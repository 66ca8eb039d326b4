import { z } from 'astro/zod';
import { AUDIENCE_IDS } from './audience';
import { SECTION_IDS } from './sections';
import { CalendarDate, ID_PATTERN, TextList } from './primitives';
import { Duration, Owner } from './config';
import { VisibilitySchema } from './visibility';

/** A level id as used by the ladders in `content/ladders/` (e.g. `senior`, `staff`, `em-1`). */
const levelId = z.string().regex(ID_PATTERN, {
  error: 'use a lowercase level id such as "senior" or "staff" (letters, digits and dashes)',
});

/** What a page can be; the content check asks different things of each (see `kind` below). */
export const PAGE_KINDS = ['guide', 'template', 'about'] as const;

/** One work a page draws on: a reference text, a book, an article or a public framework. */
export const SourceSchema = z.strictObject({
  /** The title as its author published it. */
  title: z.string().min(1, { error: 'give the title of the work' }),
  /** Who wrote or published it. */
  author: z.string().min(1).optional(),
  /** Where a reader can find it; only https links, so the page never links to plain http. */
  url: z.url({ protocol: /^https$/, error: 'use a full https:// address, or leave url out' }).optional(),
  /** What the page takes from it (a fact, a framework, a number). */
  note: z.string().min(1).optional(),
});

/** The latest date a page may claim it was reviewed: today, plus a day for time zones. */
function latestReviewDate(): Date {
  return new Date(Date.now() + 24 * 60 * 60 * 1000);
}

/**
 * The fields every handbook page carries on top of Starlight's own frontmatter.
 * Used by `docsSchema({ extend })` in `src/content.config.ts` and by the content check.
 */
export const HandbookPageSchema = z.object({
  /** Who the page is for: at least one of engineer, manager, team. */
  audience: z
    .array(
      z.enum(AUDIENCE_IDS, {
        error: (issue) =>
          `"${String(issue.input)}" is not an audience; use one of: ${AUDIENCE_IDS.join(', ')}`,
      }),
      { error: `list who the page is for, e.g. audience: [engineer]` },
    )
    .min(1, { error: `name at least one audience: ${AUDIENCE_IDS.join(', ')}` }),
  /**
   * What kind of page it is, which sets what the content check asks of it: a `guide` (the
   * default) has at least 600 words and names its sources; a `template` is mainly copyable
   * blocks and names its sources; an `about` page describes the handbook itself, or, in a
   * fork, the team (a welcome page, a rota, who to ask), and has no rule of its own.
   */
  kind: z.enum(PAGE_KINDS, { error: `kind is one of: ${PAGE_KINDS.join(', ')}` }).default('guide'),
  /** The sidebar section the page belongs to; it must match the page's folder. */
  section: z.enum(SECTION_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? `add the section the page belongs to: one of ${SECTION_IDS.join(', ')}`
        : `"${String(issue.input)}" is not a section; use one of: ${SECTION_IDS.join(', ')}. The sections are the handbook's own and a fork cannot add one: put the page in the closest (a team's runbooks under incidents, its practices under playbooks) and the folder of the same name`,
  }),
  /** The ladder levels the page is about, if any (e.g. [senior, staff]). */
  levels: z.array(levelId).optional(),
  /**
   * Words a reader types into the search box that the page itself does not use ("quit",
   * "underpaid"), so the site search finds the page by them too. Indexed, never shown.
   */
  searchTerms: TextList('search term').optional(),
  /** When someone last checked the page was still right (YYYY-MM-DD). */
  lastReviewed: CalendarDate('write the date as YYYY-MM-DD, e.g. lastReviewed: 2026-11-21').refine(
    (date) => date.getTime() <= latestReviewDate().getTime(),
    {
      error: 'the review date is in the future; use the day you actually reviewed the page',
    },
  ),
  /** `internal` leaves the page out of the public edition (HANDBOOK_VISIBILITY=public). */
  visibility: VisibilitySchema,
  /** Who keeps the page right: a person or a team (the section's or the config's owner if left out). */
  owner: Owner.optional(),
  /** How often the page is reviewed, e.g. "6 months" (the section's or the config's if left out). */
  reviewEvery: Duration.optional(),
  /** The works the page draws on; an empty list says "nothing outside this handbook". */
  sources: z.array(SourceSchema, {
    error: 'list the works the page draws on (title, optional author, url, note), or write sources: []',
  }),
});

export type HandbookPage = z.output<typeof HandbookPageSchema>;
export type Source = z.output<typeof SourceSchema>;

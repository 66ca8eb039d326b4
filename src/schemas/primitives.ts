import { z } from 'astro/zod';
// The same calendar check as `plan --start`: pure, and free of any import of its own.
import { parseDate } from '../lib/plans/dates';

/**
 * The small shapes every content schema shares: ids, site paths, links and text. Defined once
 * so an id means the same thing in a ladder, an assessment, a checklist, a page's `levels` and
 * a CLI argument, and every error message says the fix the same way.
 */

/** An id: lowercase letters and digits in words joined by single dashes (`technical-depth`). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when `value` is a well-formed id (also used for CLI slugs and file names). */
export const isId = (value: string): boolean => ID_PATTERN.test(value);

/**
 * A stable id. Saved answers, saved ticks and addresses are keyed by it, so it never changes
 * once published. `example` is shown in the error message.
 */
export const StableId = (example: string) =>
  z
    .string({ error: `give an id: lowercase letters, digits and dashes, e.g. ${example}` })
    .regex(ID_PATTERN, { error: `ids use lowercase letters, digits and dashes only, e.g. ${example}` });

/** A path on this site, as written in content: `/promotions/readiness/` (ends with a slash). */
export const SITE_PATH_PATTERN = /^\/[a-z0-9/-]*\/$/;

/** A site path to a handbook page. */
export const SitePath = z
  .string({ error: 'write a site path like /promotions/how-promotions-work/' })
  .regex(SITE_PATH_PATTERN, { error: 'write a site path like /promotions/how-promotions-work/' });

/** A link from data to a handbook page (a site path, optionally with #heading) or an https address. */
export const Link = (example: string) =>
  z
    .string({ error: `write a site path like ${example} or an https:// address` })
    .regex(/^(\/[a-z0-9/#-]*|https:\/\/\S+)$/, {
      error: `write a site path like ${example} or an https:// address`,
    });

/** Text a reader sees: trimmed, never empty. `what` names the field in the error message. */
export const Text = (what: string) =>
  z
    .string({ error: `write the ${what} as text` })
    .trim()
    .min(1, { error: `the ${what} is empty` });

/** A list of at least one short text. */
export const TextList = (what: string) =>
  z.array(Text(what), { error: `write the ${what} as a list of short sentences` }).min(1, {
    error: `give at least one ${what}`,
  });

/**
 * A date written as YYYY-MM-DD. A day the calendar does not have (2026-02-30) is refused: read as
 * a date it would quietly become 2 March, and a review date or changelog entry would be wrong
 * without anyone seeing it. `error` says how to write one.
 */
export const CalendarDate = (error: string) =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      const text = typeof value === 'string' ? value.trim() : undefined;
      if (text && /^\d{4}-\d{2}-\d{2}$/.test(text) && !parseDate(text))
        ctx.addIssue({ code: 'custom', message: `${text} is not a day in the calendar; ${error}` });
    })
    .pipe(z.coerce.date({ error }));

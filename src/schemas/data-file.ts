import { z } from 'astro/zod';
import { VisibilitySchema } from './visibility';
import { CalendarDate } from './primitives';

/** One line of a data file's changelog. */
export const ChangelogEntrySchema = z.strictObject({
  version: z.number({ error: 'give the version this entry describes, e.g. version: 2' }).int().min(1),
  date: CalendarDate('write the date as YYYY-MM-DD, e.g. date: 2026-11-21'),
  change: z
    .string({ error: 'say in a sentence what changed, e.g. change: Split mid into two levels.' })
    .min(1, { error: 'say in a sentence what changed' }),
});

/**
 * What every YAML data file under `content/` (ladders, assessments, checklists) has in common:
 * a title for people, and a version plus changelog so a fork can tell what changed upstream.
 * Each concept's own schema extends this one.
 */
export const DataFileSchema = z.object({
  /** The name shown to readers, e.g. "IC engineering ladder". */
  title: z
    .string({ error: 'give the file a title: the name readers see, as one line of text' })
    .min(1, { error: 'give the file a title: the name readers see, as one line of text' }),
  /** One or two sentences on what the file holds and who it is for. */
  description: z.string().min(1).optional(),
  /** Raised by one whenever the meaning of the data changes (not for typo fixes). */
  version: z
    .number({ error: 'write the version as a whole number, e.g. version: 1' })
    .int({ error: 'write the version as a whole number, e.g. version: 1' })
    .min(1, { error: 'versions start at 1' }),
  /** Newest first: what changed in each version, in a sentence. */
  changelog: z.array(ChangelogEntrySchema).default([]),
  /** `internal` leaves the file, and every page made from it, out of the public edition. */
  visibility: VisibilitySchema,
});

import { z } from 'astro/zod';

/**
 * `content/level-titles.yaml`: your company's names for the handbook's levels, by ladder id
 * and level id. Anything not listed keeps the ladder's own title. Example:
 *
 *     ic-engineering:
 *       senior: Senior Software Engineer II
 *       staff: Staff Engineer (IC5)
 */
export const LevelTitlesSchema = z
  .record(
    z.string(),
    z.record(
      z.string(),
      z.string({ error: 'write the title as text' }).trim().min(1, { error: 'the title is empty' }),
      {
        error: 'under each ladder id, list level ids with their titles, e.g. senior: Senior Engineer II',
      },
    ),
    { error: 'list ladder ids, each with its level ids and titles' },
  )
  .nullable()
  .transform((titles) => titles ?? {});

export type LevelTitles = z.output<typeof LevelTitlesSchema>;

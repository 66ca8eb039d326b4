import { z } from 'astro/zod';
import { ChangelogEntrySchema, DataFileSchema } from './data-file';
import { SourceSchema } from './page';
import { SitePath, StableId as Id, Text, TextList } from './primitives';

/** The tracks a ladder can describe, in the order ladders are listed: engineering first. */
export const TRACKS = ['ic', 'management', 'product'] as const;

/** A stable id (`technical-depth`, `senior-em`). */
const StableId = Id('technical-depth');

/** One axis along which a ladder's levels differ, e.g. scope or mentoring. */
export const DimensionSchema = z.strictObject({
  /** Stable id used as the key in every level's `dimensions`. Never rename it; add a new one. */
  id: StableId,
  /** Short name shown in tables and on the radar chart. */
  label: Text('dimension label'),
  /** One sentence: what this dimension asks about. */
  description: Text('dimension description'),
});

/** What one level expects along one dimension. */
export const ExpectationSchema = z.strictObject({
  /** 1 (least) to 5 (most): how far along this dimension the level reaches. Drives the radar chart. */
  rating: z
    .number({ error: 'give a rating from 1 to 5' })
    .int({ error: 'the rating is a whole number from 1 to 5' })
    .min(1, { error: 'the rating is at least 1' })
    .max(5, { error: 'the rating is at most 5' }),
  /** What someone at this level does along this dimension, in a sentence or two. */
  expectation: Text('expectation'),
  /** Evidence someone at this level produces: things a manager or peer could point to. */
  signals: TextList('signal'),
  /** Common ways people at this level get this dimension wrong. */
  antiPatterns: TextList('anti-pattern'),
});

/** One rung of a ladder. */
export const LevelSchema = z.strictObject({
  /** Stable id (e.g. `senior`). Pages and links use it; titles can change, ids cannot. */
  id: StableId,
  /** The generic band, e.g. `L4`. Shown beside the title. */
  band: Text('band'),
  /** The default title; a fork renames levels in content/level-titles.yaml, not here. */
  title: Text('title'),
  /** One line that captures the level. */
  summary: Text('summary'),
  /** The size of problem someone at this level typically owns. */
  typicalScope: Text('typical scope'),
  /** The one thing that changes from the level below (for the first level: what the job is). */
  keyShift: Text('key shift'),
  /** Concrete steps toward the next level. Leave out on the top level. */
  toNextLevel: TextList('step toward the next level').optional(),
  /** Handbook pages that help at this level, as site paths (e.g. /playbooks/new-engineer-30-60-90/). */
  relatedPages: z.array(SitePath).default([]),
  /**
   * The handbook's guide to the move from this level to the next (e.g. /levels/mid-to-senior/),
   * linked from the level's page and from the step's "what changes" page. Leave out if none.
   */
  nextLevelGuide: SitePath.optional(),
  /** Expectations keyed by dimension id: every dimension of the ladder, and no others. */
  dimensions: z.record(z.string(), ExpectationSchema, {
    error: 'list the expectations under dimensions:, one entry per dimension id',
  }),
});

/** A career ladder: its dimensions and its levels, lowest first. */
export const LadderSchema = DataFileSchema.extend({
  /** Stable id; also the file name (`ic-engineering.yaml` has id `ic-engineering`) and the URL. */
  id: StableId,
  /** Which track the ladder describes. */
  track: z.enum(TRACKS, { error: `track is one of: ${TRACKS.join(', ')}` }),
  /** What the ladder is for and how to read it, in a short paragraph. */
  description: Text('description'),
  /** Newest first; the newest date is shown as the review date of the ladder's pages. */
  changelog: z.array(ChangelogEntrySchema).min(1, { error: 'add a changelog entry for the first version' }),
  /** The works the ladder draws on. */
  sources: z.array(SourceSchema),
  dimensions: z.array(DimensionSchema).min(3, { error: 'a ladder needs at least three dimensions' }),
  levels: z.array(LevelSchema).min(2, { error: 'a ladder needs at least two levels' }),
}).superRefine((ladder, ctx) => {
  const dimensionIds = ladder.dimensions.map((d) => d.id);
  duplicates(dimensionIds).forEach((index) =>
    ctx.addIssue({
      code: 'custom',
      path: ['dimensions', index, 'id'],
      message: `dimensions[${index}].id "${dimensionIds[index]}" is used twice; give each dimension its own id`,
    }),
  );
  const levelIds = ladder.levels.map((l) => l.id);
  duplicates(levelIds).forEach((index) =>
    ctx.addIssue({
      code: 'custom',
      path: ['levels', index, 'id'],
      message: `levels[${index}].id "${levelIds[index]}" is used twice; give each level its own id`,
    }),
  );
  ladder.levels.forEach((level, i) => {
    if ((RESERVED_LEVEL_IDS as readonly string[]).includes(level.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', i, 'id'],
        message: `levels[${i}].id "${level.id}" is reserved for a page of the ladder (${RESERVED_LEVEL_IDS.join(', ')}); choose another id`,
      });
    }
    for (const id of dimensionIds) {
      if (!(id in level.dimensions)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'dimensions', id],
          message: `levels[${i}].dimensions.${id} is missing: every level describes every dimension (${dimensionIds.join(', ')}); add "${id}:" under level "${level.id}"`,
        });
      }
    }
    for (const key of Object.keys(level.dimensions)) {
      if (!dimensionIds.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'dimensions', key],
          message: `levels[${i}].dimensions.${key} is not a dimension of this ladder; use one of ${dimensionIds.join(', ')}, or add "${key}" to dimensions:`,
        });
      }
    }
    const last = i === ladder.levels.length - 1;
    if (!last && !level.toNextLevel) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels', i, 'toNextLevel'],
        message: `levels[${i}].toNextLevel is missing: list the steps from "${level.id}" to the next level`,
      });
    }
  });
});

/** Level ids that would clash with the ladder's own pages (/ladders/<id>/compare/, …). */
export const RESERVED_LEVEL_IDS = ['compare', 'next', 'radar'] as const;

/** Indexes of the entries that repeat an earlier one. */
function duplicates(ids: string[]): number[] {
  return ids.flatMap((id, index) => (ids.indexOf(id) < index ? [index] : []));
}

export type Ladder = z.output<typeof LadderSchema>;
export type Level = z.output<typeof LevelSchema>;
export type Dimension = z.output<typeof DimensionSchema>;
export type Expectation = z.output<typeof ExpectationSchema>;

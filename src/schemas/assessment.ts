import { z } from 'astro/zod';
import { ChangelogEntrySchema, DataFileSchema } from './data-file';
import { SourceSchema } from './page';
import { Link, StableId as Id, Text } from './primitives';

/** A stable id. Saved and shared answers are keyed by it. */
const StableId = Id('scope');

const Percent = z
  .number({ error: 'write a percentage from 0 to 100' })
  .min(0, { error: 'percentages start at 0' })
  .max(100, { error: 'percentages end at 100' });

/** One thing to do about a weak dimension. */
export const ActionSchema = z.strictObject({
  text: Text('action'),
  link: Link('/promotions/readiness/').optional(),
});

/** An area the assessment scores separately (an axis of the radar chart). */
export const AssessmentDimensionSchema = z.strictObject({
  id: StableId,
  label: Text('dimension label'),
  description: Text('dimension description').optional(),
  /** What to do when this is among the weakest areas: the gap plan draws from here. */
  actions: z.array(ActionSchema).default([]),
});

/** A rating scale: whole numbers from `min` to `max`, each with a label. */
export const ScaleSchema = z
  .strictObject({
    min: z.number().int(),
    max: z.number().int(),
    /** A label for every point of the scale, lowest first. */
    anchors: z.array(Text('anchor')),
  })
  .superRefine((scale, ctx) => {
    if (scale.max <= scale.min)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must be above min' });
    else if (scale.anchors.length !== scale.max - scale.min + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['anchors'],
        message: `give one anchor per point: ${scale.max - scale.min + 1} anchors for ${scale.min}–${scale.max}, not ${scale.anchors.length}`,
      });
    }
  });

/** One choice of a single-choice question, with how much it scores (0 to 1). */
export const OptionSchema = z.strictObject({
  id: StableId,
  label: Text('option label'),
  value: z
    .number()
    .min(0, { error: 'option values run from 0 to 1' })
    .max(1, { error: 'option values run from 0 to 1' }),
});

/** A question. `scale` asks for a rating, `yes-partly-no` and `yes-no` for a verdict, `choice` picks one option, `text` is a reflection prompt that is not scored. */
export const QuestionSchema = z.strictObject({
  id: StableId,
  text: Text('question'),
  type: z.enum(['scale', 'yes-partly-no', 'yes-no', 'choice', 'text'], {
    error: 'type is one of: scale, yes-partly-no, yes-no, choice, text',
  }),
  /** The dimension the question scores into (not needed for `text`). */
  dimension: StableId.optional(),
  /** For `scale`: the id of a scale under `scales:`. */
  scale: StableId.optional(),
  /** For `choice`: the options. */
  options: z.array(OptionSchema).optional(),
  /** How much the question counts within its dimension and overall (default 1). */
  weight: z.number().positive({ error: 'weights are above 0' }).default(1),
  /** Offer a note for evidence (a link, an example); needed for a top rating when the evidence rule is on. */
  evidence: z.boolean().default(false),
  /**
   * For `yes-partly-no` and `yes-no`: score "yes" as 0 and "no" as 1, for a statement whose "yes"
   * pulls the score down ("I dread my one-on-ones" in a skills check). In a `higherIsWorse`
   * instrument a risky "yes" should raise the score, so leave this false there.
   */
  yesIsBad: z.boolean().default(false),
  /** A hard stop: these answers decide the result on their own (`yes`, `partly`, `no`, an option id or a scale number). */
  hardStop: z
    .strictObject({ answers: z.array(z.union([z.string(), z.number()])).min(1), band: StableId })
    .optional(),
  /** Shown under the question: what a good answer looks like, or why it is asked. */
  hint: Text('hint').optional(),
});

/** Conditions on a result; every condition given must hold. Scores are percentages. */
export const ConditionSchema = z.strictObject({
  overallAtLeast: Percent.optional(),
  overallBelow: Percent.optional(),
  /** Every scored dimension (or those listed in `dimensions`) is at least this. */
  everyDimensionAtLeast: Percent.optional(),
  /** Some scored dimension (or one of those listed in `dimensions`) is below this. */
  anyDimensionBelow: Percent.optional(),
  /** Limits the two dimension conditions above to these dimensions. */
  dimensions: z.array(StableId).optional(),
  /** The highest-scoring dimension is this one (for profile results such as archetypes). */
  topDimension: StableId.optional(),
  /** A question was answered with one of these answers. */
  answer: z
    .strictObject({ question: StableId, is: z.array(z.union([z.string(), z.number()])).min(1) })
    .optional(),
  /** At least this many top ratings were counted one step lower for lack of evidence. */
  cappedAtLeast: z.number().int().min(1).optional(),
  /**
   * Every one of these conditions holds: for rules over different dimensions at once, e.g.
   * the front half below 50% while the back half is at 70% or more.
   */
  get allOf(): z.ZodOptional<z.ZodArray<typeof ConditionSchema>> {
    return z.array(ConditionSchema).min(2, { error: 'allOf combines at least two conditions' }).optional();
  },
  /**
   * At least one of these conditions holds: for a warning any of several answers raises, e.g.
   * a band for a low score with an answer that needs care.
   */
  get anyOf(): z.ZodOptional<z.ZodArray<typeof ConditionSchema>> {
    return z.array(ConditionSchema).min(2, { error: 'anyOf offers at least two conditions' }).optional();
  },
});

/** A result band: the first band whose conditions hold is the result. */
export const BandSchema = z.strictObject({
  id: StableId,
  label: Text('band label'),
  text: Text('band text'),
  when: ConditionSchema.optional(),
});

/** An extra message shown when its conditions hold (e.g. "raise it with your manager first"). */
export const FlagSchema = z.strictObject({
  id: StableId,
  text: Text('flag text'),
  when: ConditionSchema,
  /** `care` flags point to professional help and are shown first. */
  tone: z.enum(['note', 'caution', 'care']).default('note'),
});

/**
 * A status each area gets from its own score, such as green, amber and red in a scorecard: the
 * first whose `atLeast` the score reaches; the last, without `atLeast`, is the fallback.
 */
export const DimensionStatusSchema = z.strictObject({
  id: StableId,
  label: Text('status label'),
  atLeast: Percent.optional(),
});

/** A step of the dated plan shown with the result, `afterDays` from the day it is read. */
export const PlanStepSchema = z.strictObject({
  afterDays: z.number().int().min(0),
  text: Text('plan step'),
  /** Shown only for results where this holds (a step that makes sense only at a high score). */
  when: ConditionSchema.optional(),
});

/** A self-assessment: questions grouped by dimension, scored into bands, flags and a gap plan. */
export const AssessmentSchema = DataFileSchema.extend({
  id: StableId,
  description: Text('description'),
  changelog: z.array(ChangelogEntrySchema).min(1, { error: 'add a changelog entry for the first version' }),
  sources: z.array(SourceSchema),
  /**
   * Shown before the questions: how to answer honestly, what the result is and is not. Also the
   * opening of the paper worksheet an export makes, so it says nothing only the website does.
   */
  intro: Text('intro'),
  /**
   * Said after the intro on the website only: what the page's tool does with the answers (scored
   * and saved in this browser, combined from files). Exports leave it out, as they leave out
   * <OnTheWebsite>: on paper it would not be true.
   */
  onTheWebsite: Text('onTheWebsite').optional(),
  /** true when a high score is bad news (burnout risk, reasons to leave). */
  higherIsWorse: z.boolean().default(false),
  /** Teams can combine several people's exports into one view. */
  team: z.boolean().default(false),
  rules: z
    .strictObject({
      /** A top rating on a question that asks for evidence, with no note, counts one step lower. */
      topNeedsEvidence: z.boolean().default(false),
      /** How many of the weakest dimensions the gap plan covers. */
      gapDimensions: z.number().int().min(1).default(2),
    })
    .default({ topNeedsEvidence: false, gapDimensions: 2 }),
  scales: z.record(StableId, ScaleSchema).default({}),
  /**
   * Generate one question per ladder dimension from a ladder level's expectations, once for
   * each target level (promotion readiness). The questions below are added to every variant.
   */
  fromLadder: z.strictObject({ ladder: StableId, scale: StableId }).optional(),
  dimensions: z
    .array(AssessmentDimensionSchema)
    .min(1, { error: 'an assessment needs at least one dimension' }),
  questions: z.array(QuestionSchema).min(1, { error: 'an assessment needs at least one question' }),
  bands: z.array(BandSchema).min(1, { error: 'give at least one result band' }),
  flags: z.array(FlagSchema).default([]),
  /** Optional: a status per area (green, amber, red) shown beside its score. */
  dimensionStatus: z.array(DimensionStatusSchema).optional(),
  plan: z.array(PlanStepSchema).default([]),
}).superRefine((a, ctx) => {
  const dims = new Set(a.dimensions.map((d) => d.id));
  const bands = new Set(a.bands.map((b) => b.id));
  const questionIds = new Set<string>();
  a.questions.forEach((q, i) => {
    const at = (field: string) => ['questions', i, field];
    if (questionIds.has(q.id))
      ctx.addIssue({
        code: 'custom',
        path: at('id'),
        message: `questions[${i}].id "${q.id}" is used twice; give each question its own id`,
      });
    questionIds.add(q.id);
    if (q.type !== 'text' && (!q.dimension || !dims.has(q.dimension))) {
      ctx.addIssue({
        code: 'custom',
        path: at('dimension'),
        message: `questions[${i}].dimension must be one of ${[...dims].join(', ')}`,
      });
    }
    if (q.type === 'scale' && (!q.scale || !(q.scale in a.scales))) {
      ctx.addIssue({
        code: 'custom',
        path: at('scale'),
        message: `questions[${i}].scale must name a scale under scales: (${Object.keys(a.scales).join(', ') || 'none defined'})`,
      });
    }
    if (q.type === 'choice' && (!q.options || q.options.length < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: at('options'),
        message: `questions[${i}] is a choice question: give at least two options`,
      });
    }
    if (q.hardStop && !bands.has(q.hardStop.band)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'hardStop', 'band'],
        message: `questions[${i}].hardStop.band must be one of the bands: ${[...bands].join(', ')}`,
      });
    }
  });
  if (a.fromLadder && !(a.fromLadder.scale in a.scales)) {
    ctx.addIssue({
      code: 'custom',
      path: ['fromLadder', 'scale'],
      message: `fromLadder.scale must name a scale under scales: (${Object.keys(a.scales).join(', ') || 'none defined'})`,
    });
  }
  const lastBand = a.bands[a.bands.length - 1];
  if (lastBand?.when) {
    ctx.addIssue({
      code: 'custom',
      path: ['bands', a.bands.length - 1, 'when'],
      message: 'the last band is the fallback: leave out its when:',
    });
  }
  const checkCondition = (c: z.output<typeof ConditionSchema> | undefined, path: (string | number)[]) => {
    for (const d of [...(c?.dimensions ?? []), ...(c?.topDimension ? [c.topDimension] : [])]) {
      if (!dims.has(d))
        ctx.addIssue({ code: 'custom', path, message: `"${d}" is not a dimension of this assessment` });
    }
    if (c?.answer && !questionIds.has(c.answer.question)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${c.answer.question}" is not a question of this assessment`,
      });
    }
    c?.allOf?.forEach((inner, i) => checkCondition(inner, [...path, 'allOf', i]));
    c?.anyOf?.forEach((inner, i) => checkCondition(inner, [...path, 'anyOf', i]));
  };
  a.bands.forEach((b, i) => checkCondition(b.when, ['bands', i, 'when']));
  a.flags.forEach((f, i) => checkCondition(f.when, ['flags', i, 'when']));
  a.plan.forEach((p, i) => checkCondition(p.when, ['plan', i, 'when']));
  const statuses = a.dimensionStatus ?? [];
  statuses.forEach((s, i) => {
    const last = i === statuses.length - 1;
    if (last === (s.atLeast !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['dimensionStatus', i, 'atLeast'],
        message: last
          ? 'the last status is the fallback: leave out its atLeast:'
          : `dimensionStatus[${i}] needs atLeast: (the lowest score, in %, that gets this status)`,
      });
    const previous = statuses[i - 1]?.atLeast;
    if (s.atLeast !== undefined && previous !== undefined && s.atLeast >= previous)
      ctx.addIssue({
        code: 'custom',
        path: ['dimensionStatus', i, 'atLeast'],
        message: `list statuses from the highest atLeast down: ${s.atLeast} comes after ${previous}`,
      });
  });
});

export type Assessment = z.output<typeof AssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type Condition = z.output<typeof ConditionSchema>;

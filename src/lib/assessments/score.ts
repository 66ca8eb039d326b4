/**
 * Scores a self-assessment. Pure: takes the assessment definition and the answers, returns the
 * result. Shared by the page (in the browser), the Markdown export and the tests. Deliberately
 * free of Zod and of any import that would weigh on the page's JavaScript budget.
 */

/** What the scorer needs of an assessment (the validated YAML, or the JSON the page embeds). */
export interface ScoringDefinition {
  higherIsWorse: boolean;
  rules: { topNeedsEvidence: boolean; gapDimensions: number };
  scales: Record<string, { min: number; max: number; anchors: string[] }>;
  dimensions: { id: string; label: string; actions: { text: string; link?: string }[] }[];
  questions: {
    id: string;
    type: 'scale' | 'yes-partly-no' | 'yes-no' | 'choice' | 'text';
    dimension?: string;
    scale?: string;
    options?: { id: string; label: string; value: number }[];
    weight: number;
    evidence: boolean;
    yesIsBad: boolean;
    hardStop?: { answers: (string | number)[]; band: string };
  }[];
  bands: { id: string; label: string; text: string; when?: Condition }[];
  flags: { id: string; text: string; when: Condition; tone: 'note' | 'caution' | 'care' }[];
  /** The dated plan's steps; a step with `when` is for results where it holds. */
  plan?: { afterDays: number; text: string; when?: Condition }[];
  /** Optional statuses per area (green, amber, red), highest `atLeast` first, fallback last. */
  dimensionStatus?: { id: string; label: string; atLeast?: number }[];
}

export interface Condition {
  overallAtLeast?: number;
  overallBelow?: number;
  everyDimensionAtLeast?: number;
  anyDimensionBelow?: number;
  dimensions?: string[];
  topDimension?: string;
  answer?: { question: string; is: (string | number)[] };
  cappedAtLeast?: number;
  allOf?: Condition[];
  anyOf?: Condition[];
}

/** One answer: a scale number, `yes`/`partly`/`no`, an option id, or free text; plus an optional note. */
export interface Answer {
  value: number | string;
  note?: string;
}

export type Answers = Record<string, Answer>;

export interface DimensionScore {
  id: string;
  label: string;
  /** 0–100 (unrounded; round for display), or null when none of its questions is answered. */
  percent: number | null;
  answered: number;
  total: number;
  /** The area's status when the assessment defines statuses and the area has a score. */
  status?: { id: string; label: string };
}

export interface Result {
  /** The band, or undefined when nothing is answered yet. */
  band?: { id: string; label: string; text: string };
  /** The hard-stop question that decided the band, if one did. */
  hardStop?: string;
  /** 0–100 over all answered scored questions, or null. */
  overall: number | null;
  dimensions: DimensionScore[];
  answered: number;
  total: number;
  /** Top ratings counted one step lower because they had no evidence note. */
  capped: string[];
  /** Scored dimensions, best first (for higherIsWorse, lowest risk first). */
  strongest: DimensionScore[];
  /** Scored dimensions, weakest first, as many as the gap plan covers. */
  weakest: DimensionScore[];
  /** Areas level with the last of `weakest` that the gap plan leaves for later. */
  tied: DimensionScore[];
  gapPlan: { dimension: string; label: string; actions: { text: string; link?: string }[] }[];
  flags: { id: string; text: string; tone: 'note' | 'caution' | 'care' }[];
  /** The dated plan's steps for this result. */
  plan: { afterDays: number; text: string }[];
}

/** The score (0–1) of one answer, after the evidence rule, or undefined if it does not count. */
export function answerScore(
  def: ScoringDefinition,
  question: ScoringDefinition['questions'][number],
  answer: Answer | undefined,
): { score: number; capped: boolean } | undefined {
  if (!answer || question.type === 'text') return undefined;
  const needsEvidence = def.rules.topNeedsEvidence && question.evidence && !answer.note?.trim();
  switch (question.type) {
    case 'scale': {
      const scale = def.scales[question.scale!];
      if (!scale || typeof answer.value !== 'number' || answer.value < scale.min || answer.value > scale.max)
        return undefined;
      const capped = needsEvidence && answer.value === scale.max;
      const value = capped ? answer.value - 1 : answer.value;
      return { score: (value - scale.min) / (scale.max - scale.min), capped };
    }
    case 'yes-partly-no':
    case 'yes-no': {
      const points: Record<string, number> =
        question.type === 'yes-no' ? { yes: 1, no: 0 } : { yes: 1, partly: 0.5, no: 0 };
      const raw = points[String(answer.value)];
      if (raw === undefined) return undefined;
      const good = question.yesIsBad ? 1 - raw : raw;
      // The evidence rule caps a top answer one step: a "yes" without a note counts as "partly".
      const capped = needsEvidence && good === 1;
      const step = question.type === 'yes-no' ? 1 : 0.5;
      return { score: capped ? good - step : good, capped };
    }
    case 'choice': {
      const option = question.options?.find((o) => o.id === answer.value);
      return option ? { score: option.value, capped: false } : undefined;
    }
  }
}

/** Scores all answers: dimension and overall percentages, band, flags and gap plan. */
export function score(def: ScoringDefinition, answers: Answers): Result {
  const scored = def.questions.filter((q) => q.type !== 'text');
  const capped: string[] = [];
  const sums = new Map<string, { points: number; weight: number; answered: number; total: number }>();
  let points = 0;
  let weight = 0;
  let answered = 0;
  for (const q of scored) {
    const dim = sums.get(q.dimension!) ?? { points: 0, weight: 0, answered: 0, total: 0 };
    dim.total += 1;
    const s = answerScore(def, q, answers[q.id]);
    if (s) {
      if (s.capped) capped.push(q.id);
      dim.points += s.score * q.weight;
      dim.weight += q.weight;
      dim.answered += 1;
      points += s.score * q.weight;
      weight += q.weight;
      answered += 1;
    }
    sums.set(q.dimension!, dim);
  }
  const dimensions: DimensionScore[] = def.dimensions.map((d) => {
    const s = sums.get(d.id);
    const percent = s && s.weight > 0 ? round((s.points / s.weight) * 100) : null;
    const status =
      percent === null
        ? undefined
        : def.dimensionStatus?.find((x) => x.atLeast === undefined || percent >= x.atLeast);
    return {
      id: d.id,
      label: d.label,
      percent,
      answered: s?.answered ?? 0,
      total: s?.total ?? 0,
      ...(status && { status: { id: status.id, label: status.label } }),
    };
  });
  const overall = weight > 0 ? round((points / weight) * 100) : null;
  const ranked = dimensions
    .filter((d) => d.percent !== null)
    .sort((a, b) => (def.higherIsWorse ? a.percent! - b.percent! : b.percent! - a.percent!));
  // The areas with most to gain, weakest first: never one already at the best end. Areas level
  // with each other (as shown, to the whole percent) keep the assessment's own order, which
  // lists the foundations first, so a tie is broken the way the check's authors would break it,
  // not by the sort. The plan takes `gapDimensions` of them; those level with the last one taken
  // are named beside the plan (`tied`) rather than all listed, which made a plan of every area.
  const best = def.higherIsWorse ? 0 : 100;
  // (`dimensions` is in the assessment's order, and sorting is stable: ties keep that order.)
  const shown = (d: DimensionScore) => Math.round(d.percent!);
  const open = dimensions
    .filter((d) => d.percent !== null && d.percent !== best)
    .sort((a, b) => (def.higherIsWorse ? shown(b) - shown(a) : shown(a) - shown(b)));
  const weakest = open.slice(0, def.rules.gapDimensions);
  const last = weakest.at(-1);
  const tied = last ? open.slice(weakest.length).filter((d) => shown(d) === shown(last)) : [];
  const partial = { overall, dimensions, capped };

  const hardStop = def.questions.find(
    (q) =>
      q.hardStop &&
      answers[q.id] !== undefined &&
      q.hardStop.answers.map(String).includes(String(answers[q.id]!.value)),
  );
  const band =
    answered === 0
      ? undefined
      : hardStop
        ? def.bands.find((b) => b.id === hardStop.hardStop!.band)
        : def.bands.find((b) => !b.when || holds(b.when, partial, answers));

  return {
    band: band && { id: band.id, label: band.label, text: band.text },
    hardStop: hardStop?.id,
    overall,
    dimensions,
    answered,
    total: scored.length,
    capped,
    strongest: ranked,
    weakest,
    tied,
    gapPlan: weakest
      .map((d) => ({
        dimension: d.id,
        label: d.label,
        actions: def.dimensions.find((x) => x.id === d.id)!.actions,
      }))
      .filter((g) => g.actions.length > 0),
    flags:
      answered === 0
        ? []
        : def.flags
            .filter((f) => holds(f.when, partial, answers))
            .map(({ id, text, tone }) => ({ id, text, tone }))
            .sort((a, b) => toneRank(a.tone) - toneRank(b.tone)),
    plan: (def.plan ?? [])
      .filter((step) => !step.when || holds(step.when, partial, answers))
      .map(({ afterDays, text }) => ({ afterDays, text })),
  };
}

/** Whether every condition given in `c` holds for this result. */
export function holds(
  c: Condition,
  r: { overall: number | null; dimensions: DimensionScore[]; capped: string[] },
  answers: Answers,
): boolean {
  const within = r.dimensions.filter(
    (d) => d.percent !== null && (!c.dimensions || c.dimensions.includes(d.id)),
  );
  if (c.overallAtLeast !== undefined && (r.overall === null || r.overall < c.overallAtLeast)) return false;
  if (c.overallBelow !== undefined && (r.overall === null || r.overall >= c.overallBelow)) return false;
  // "Every area" means every area: one not answered yet cannot be said to reach the bar (one
  // answer at 100% made a readiness check "Ready").
  const inScope = r.dimensions.filter((d) => !c.dimensions || c.dimensions.includes(d.id));
  if (
    c.everyDimensionAtLeast !== undefined &&
    !inScope.every((d) => d.percent !== null && d.percent >= c.everyDimensionAtLeast!)
  )
    return false;
  if (c.anyDimensionBelow !== undefined && !within.some((d) => d.percent! < c.anyDimensionBelow!))
    return false;
  if (c.topDimension !== undefined) {
    const scoredDims = r.dimensions.filter((d) => d.percent !== null);
    // The literal highest score, whatever the direction; ties go to the dimension listed first.
    const top = scoredDims.reduce<DimensionScore | undefined>(
      (best, d) => (!best || d.percent! > best.percent! ? d : best),
      undefined,
    );
    // An area at 0% is nobody's highest: after one "not true" answer, that area is not "your highest".
    if (top?.id !== c.topDimension || !top.percent) return false;
  }
  if (c.answer && !c.answer.is.map(String).includes(String(answers[c.answer.question]?.value))) return false;
  if (c.cappedAtLeast !== undefined && r.capped.length < c.cappedAtLeast) return false;
  if (c.allOf && !c.allOf.every((inner) => holds(inner, r, answers))) return false;
  if (c.anyOf && !c.anyOf.some((inner) => holds(inner, r, answers))) return false;
  return true;
}

function toneRank(tone: 'note' | 'caution' | 'care'): number {
  return { care: 0, caution: 1, note: 2 }[tone];
}

/** Keeps percentages exact enough for band boundaries, without float noise (e.g. 79.99999). */
function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

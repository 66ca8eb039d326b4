/**
 * Comparing answers: now against a snapshot (what moved), self against a manager or peer (where
 * you disagree), and a whole team (how spread out the answers are). Pure functions over scores.
 */
import { score, type Answers, type ScoringDefinition } from './score';

/** Points of difference (0–100) at which two views of a dimension count as a disagreement. */
export const DISAGREEMENT_POINTS = 25;
/** Points between a team's lowest and highest answer at which the spread is called wide. */
export const WIDE_SPREAD_POINTS = 40;

export interface DimensionComparison {
  id: string;
  label: string;
  a: number | null;
  b: number | null;
  /** b − a in points, when both are scored. */
  change: number | null;
  disagree: boolean;
}

/** Compares two sets of answers dimension by dimension (a = yours or earlier, b = theirs or now). */
export function compareAnswers(def: ScoringDefinition, a: Answers, b: Answers): DimensionComparison[] {
  const ra = score(def, a);
  const rb = score(def, b);
  return ra.dimensions.map((d, i) => {
    const other = rb.dimensions[i]!;
    const change =
      d.percent !== null && other.percent !== null ? Math.round(other.percent - d.percent) : null;
    return {
      id: d.id,
      label: d.label,
      a: d.percent,
      b: other.percent,
      change,
      disagree: change !== null && Math.abs(change) >= DISAGREEMENT_POINTS,
    };
  });
}

/** The questions two sets of answers answer differently, by id. */
export function differingQuestions(def: ScoringDefinition, a: Answers, b: Answers): string[] {
  return def.questions
    .filter(
      (q) =>
        q.type !== 'text' &&
        a[q.id] !== undefined &&
        b[q.id] !== undefined &&
        String(a[q.id]!.value) !== String(b[q.id]!.value),
    )
    .map((q) => q.id);
}

export interface TeamDimension {
  id: string;
  label: string;
  /** Each member's score, in the order the members were given (null = did not answer). */
  scores: (number | null)[];
  min: number | null;
  max: number | null;
  median: number | null;
  spread: number | null;
  wide: boolean;
}

/** A team view: every member's score per dimension, with the spread, not just the average. */
export function teamView(def: ScoringDefinition, members: Answers[]): TeamDimension[] {
  const results = members.map((answers) => score(def, answers));
  return def.dimensions.map((d, i) => {
    const scores = results.map((r) =>
      r.dimensions[i]!.percent === null ? null : Math.round(r.dimensions[i]!.percent!),
    );
    const known = scores.filter((s): s is number => s !== null).sort((x, y) => x - y);
    const min = known.length ? known[0]! : null;
    const max = known.length ? known[known.length - 1]! : null;
    const spread = min !== null && max !== null ? max - min : null;
    return {
      id: d.id,
      label: d.label,
      scores,
      min,
      max,
      median: median(known),
      spread,
      wide: spread !== null && spread >= WIDE_SPREAD_POINTS,
    };
  });
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

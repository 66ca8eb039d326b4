import type { Assessment } from '../../schemas/assessment';
import { answerOptions } from '../assessments/groups';

/** A result band's or a flag's condition, as the YAML gives it. */
export type Condition = NonNullable<Assessment['bands'][number]['when']>;

/**
 * A condition in words, for the paper worksheet: "overall 80% or more and every area at 50% or
 * more". It says what `holds` in src/lib/assessments/score.ts tests, one clause per field, so a
 * reader scoring by hand reaches the result the page would show.
 */
export function conditionText(c: Condition, a: Assessment): string {
  const areas = (ids: string[] | undefined, all: string, some: string) =>
    ids ? `${some} ${ids.map((id) => dimensionLabel(a, id)).join(', ')}` : all;
  const clauses = [
    c.overallAtLeast !== undefined && `overall ${c.overallAtLeast}% or more`,
    c.overallBelow !== undefined && `overall below ${c.overallBelow}%`,
    c.everyDimensionAtLeast !== undefined &&
      `${areas(c.dimensions, 'every area', 'each of')} at ${c.everyDimensionAtLeast}% or more`,
    c.anyDimensionBelow !== undefined &&
      `${areas(c.dimensions, 'any area', 'any of')} below ${c.anyDimensionBelow}%`,
    c.topDimension !== undefined &&
      `${dimensionLabel(a, c.topDimension)} is your highest-scoring area, above 0%`,
    c.answer && `you answered ${answerText(a, c.answer.question, c.answer.is)}`,
    c.cappedAtLeast !== undefined &&
      `${c.cappedAtLeast} or more top answers counted lower for want of an example`,
    ...(c.allOf ?? []).map((inner) => {
      const words = conditionText(inner, a);
      return words.includes(' and ') ? `(${words})` : words;
    }),
  ];
  return clauses.filter((clause): clause is string => Boolean(clause)).join(' and ') || 'always';
}

/** `“Yes” or “Partly” to “I mentor someone.”`: the answers by their labels, and the question. */
function answerText(a: Assessment, questionId: string, answers: (string | number)[]): string {
  const question = a.questions.find((q) => q.id === questionId);
  return `${answerLabels(a, questionId, answers)}${question ? ` to “${question.text}”` : ''}`;
}

/** `“Yes” or “Partly”`, `“3 — Often”`: answers as the worksheet labels them. */
export function answerLabels(a: Assessment, questionId: string, answers: (string | number)[]): string {
  const question = a.questions.find((q) => q.id === questionId);
  const options = question ? answerOptions(a, question) : [];
  const label = (x: string | number) => options.find((o) => o.value === String(x))?.label ?? String(x);
  return answers.map((x) => `“${label(x)}”`).join(' or ');
}

const dimensionLabel = (a: Assessment, id: string) => a.dimensions.find((d) => d.id === id)?.label ?? id;

import type { Assessment, Question } from '../../schemas/assessment';
import type { ScoringDefinition } from './score';

/** A group of questions as a page or a worksheet shows them: one scored area, or the reflection. */
export interface QuestionGroup {
  /** The dimension's id, or `reflection` for the unscored questions. */
  id: string;
  label: string;
  description?: string;
  questions: Question[];
  /** False for the reflection group: free text, saved but never scored. */
  scored: boolean;
}

/**
 * The assessment's questions grouped the way the page shows them and the exporter writes them:
 * one group per dimension with its scored questions, in the order of `dimensions`, then the
 * free-text questions under "Reflection". Empty groups are left out.
 */
export function questionGroups(assessment: Assessment): QuestionGroup[] {
  return [
    ...assessment.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      description: d.description,
      questions: assessment.questions.filter((q) => q.dimension === d.id && q.type !== 'text'),
      scored: true,
    })),
    {
      id: 'reflection',
      label: 'Reflection',
      description: 'Not scored: notes for yourself, saved with your answers.',
      questions: assessment.questions.filter((q) => q.type === 'text'),
      scored: false,
    },
  ].filter((g) => g.questions.length > 0);
}

/**
 * The answers a question offers, as `{ value, label }`: a scale's points with their anchors
 * ("3 — Sometimes"), yes/partly/no, or the options of a choice. Free-text questions offer none.
 * The form, the exporter and the island's Markdown all label answers with these.
 */
export function answerOptions(
  assessment: Pick<ScoringDefinition, 'scales'>,
  q: Pick<ScoringDefinition['questions'][number], 'type' | 'scale' | 'options'>,
): { value: string; label: string }[] {
  switch (q.type) {
    case 'scale': {
      const scale = assessment.scales[q.scale!]!;
      return scale.anchors.map((anchor, i) => ({
        value: String(scale.min + i),
        label: `${scale.min + i} — ${anchor}`,
      }));
    }
    case 'yes-no':
    case 'yes-partly-no':
      return (q.type === 'yes-no' ? ['yes', 'no'] : ['yes', 'partly', 'no']).map((value) => ({
        value,
        label: value.charAt(0).toUpperCase() + value.slice(1),
      }));
    case 'choice':
      return q.options!.map((o) => ({ value: o.id, label: o.label }));
    default:
      return [];
  }
}

import type { Assessment } from '../../schemas/assessment';
import type { Ladder, Level } from '../../schemas/ladder';
import { dimensionAnchor, ladderPaths } from '../handbook/routes';

/**
 * Derives a ladder-based assessment (promotion readiness) for one target level: one question per ladder
 * dimension, asking whether you already meet the target level's expectation (with evidence),
 * followed by the template's own questions (evidence, visibility, manager alignment). Each
 * dimension's gap actions are the target level's signals: the evidence to go and produce.
 *
 * @param template the assessment with `fromLadder` (its dimensions and questions are added)
 * @param ladder the ladder named by `template.fromLadder.ladder`
 * @param target the level being assessed for
 * @param id the derived assessment's id (the model names it, see `derivedAssessmentId`)
 */
export function deriveForLevel(template: Assessment, ladder: Ladder, target: Level, id: string): Assessment {
  const scale = template.fromLadder!.scale;
  const levelPage = ladderPaths.level(ladder.id, target.id);
  return {
    ...template,
    id,
    title: `${template.title}: ${target.title}`,
    dimensions: [
      ...ladder.dimensions.map((d) => ({
        id: d.id,
        label: d.label,
        description: d.description,
        actions: target.dimensions[d.id]!.signals.slice(0, 2).map((signal) => ({
          // Signals describe what others see ("Every report has a 1:1…"), so the action
          // quotes one whole rather than turning it into an instruction.
          text: `Work towards this, and note when it happens: “${signal}”`,
          link: `${levelPage}#${dimensionAnchor(d.id)}`,
        })),
      })),
      ...template.dimensions,
    ],
    questions: [
      ...ladder.dimensions.map((d) => ({
        id: `${d.id}-at-target`,
        dimension: d.id,
        type: 'scale' as const,
        scale,
        text: target.dimensions[d.id]!.expectation,
        hint: `${d.label} at ${target.title}. Rate what you do today, not what you could do.`,
        weight: 1,
        evidence: true,
        yesIsBad: false,
      })),
      ...template.questions,
    ],
  };
}

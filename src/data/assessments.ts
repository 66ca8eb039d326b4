import { findAssessment } from '../lib/handbook/model';
import type { Assessment } from '../schemas/assessment';
import { loadHandbook } from './handbook';

/**
 * An assessment by id, ready to render: a standalone one, or one derived from a ladder
 * (`promotion-readiness-senior`). Throws an error that lists the ids that exist.
 */
export async function loadAssessment(id: string): Promise<Assessment> {
  const handbook = await loadHandbook();
  const assessment = findAssessment(handbook, id);
  if (assessment) return assessment;
  const template = handbook.templates.find((t) => t.id === id);
  if (template) {
    const example = handbook.derived.find((d) => d.template === template)?.id ?? `${id}-<level>`;
    throw new Error(
      `<Assessment id="${id}" />: "${id}" is a template: use one of its levels, e.g. "${example}".`,
    );
  }
  throw new Error(
    `<Assessment id="${id}" />: there is no such assessment. Assessments: ${handbook.assessments.map((a) => a.id).join(', ')}.`,
  );
}

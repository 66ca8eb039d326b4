import { getCollection, getEntry } from 'astro:content';
import type { Assessment } from '../schemas/assessment';
import { readinessFor } from '../lib/assessments/derive';
import { loadLadders } from './ladders';

/**
 * An assessment by id, ready to render. Ids of generated variants (`promotion-readiness-senior`)
 * are expanded from their template and ladder. Throws an error that lists the ids that exist.
 */
export async function loadAssessment(id: string): Promise<Assessment> {
  const entry = await getEntry('assessments', id);
  if (entry) {
    if (entry.data.fromLadder) {
      throw new Error(`Assessment "${id}" is a template: use one of its levels, e.g. "${id}-senior".`);
    }
    return entry.data;
  }
  for (const variant of await ladderVariants()) if (variant.assessment.id === id) return variant.assessment;
  const known = [
    ...(await getCollection('assessments')).filter((e) => !e.data.fromLadder).map((e) => e.id),
    ...(await ladderVariants()).map((v) => v.assessment.id),
  ];
  throw new Error(
    `<Assessment id="${id}" />: there is no such assessment. Assessments: ${known.join(', ')}.`,
  );
}

/** Every assessment generated from a ladder: one per template and target level (all but the first). */
export async function ladderVariants(): Promise<
  { template: string; level: string; levelTitle: string; assessment: Assessment }[]
> {
  const ladders = await loadLadders();
  const templates = (await getCollection('assessments')).filter((e) => e.data.fromLadder);
  return templates.flatMap((entry) => {
    const ladder = ladders.find((l) => l.id === entry.data.fromLadder!.ladder);
    if (!ladder) {
      throw new Error(
        `${entry.filePath}: fromLadder.ladder "${entry.data.fromLadder!.ladder}" is not a ladder. Ladders: ${ladders.map((l) => l.id).join(', ')}.`,
      );
    }
    return ladder.levels.slice(1).map((level) => ({
      template: entry.id,
      level: level.id,
      levelTitle: level.title,
      assessment: readinessFor(entry.data, ladder, level),
    }));
  });
}

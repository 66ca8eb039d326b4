import type { Ladder } from '../../schemas/ladder';
import type { LevelTitles } from '../../schemas/level-titles';
import { closestName } from '../text/suggest';

/**
 * Applies a fork's level titles to the ladders: returns copies whose levels carry the local
 * title. Entries naming a ladder or level that does not exist are ignored here and reported
 * by `levelTitleProblems`.
 */
export function applyLevelTitles(ladders: Ladder[], titles: LevelTitles): Ladder[] {
  return ladders.map((ladder) => ({
    ...ladder,
    levels: ladder.levels.map((level) => ({ ...level, title: titles[ladder.id]?.[level.id] ?? level.title })),
  }));
}

/**
 * What level titles may name of a ladder: its id and its level ids. `levels` is undefined when
 * the ladder's file could not be read (its own problems are reported): its titles go unchecked.
 */
export interface LadderIds {
  id: string;
  levels?: readonly { id: string }[];
}

/**
 * What is wrong with level titles: entries naming a ladder or a level the handbook does not
 * have, each with the id it probably meant and the ids that exist. Each problem has the path of
 * the entry, under `at` (`['levels']` in `handbook.config.yaml`, none in `level-titles.yaml`),
 * and a message that starts with that path.
 */
export function levelTitleProblems(
  ladders: readonly LadderIds[],
  titles: LevelTitles,
  at: readonly string[] = [],
): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const meant = (id: string, known: string[]) => {
    const close = closestName(id, known);
    return close ? ` (did you mean ${close}?)` : '';
  };
  for (const [ladderId, levels] of Object.entries(titles)) {
    const path = [...at, ladderId];
    const ladder = ladders.find((l) => l.id === ladderId);
    if (!ladder) {
      const ids = ladders.map((l) => l.id);
      problems.push({
        path,
        message: `${path.join('.')}: there is no ladder "${ladderId}"${meant(ladderId, ids)}; use one of the ladder ids: ${ids.join(', ')}`,
      });
      continue;
    }
    if (!ladder.levels) continue;
    const ids = ladder.levels.map((l) => l.id);
    for (const levelId of Object.keys(levels)) {
      if (ids.includes(levelId)) continue;
      problems.push({
        path: [...path, levelId],
        message: `${[...path, levelId].join('.')}: ladder "${ladderId}" has no level "${levelId}"${meant(levelId, ids)}; use one of its level ids: ${ids.join(', ')}`,
      });
    }
  }
  return problems;
}

import type { Ladder } from '../../schemas/ladder';
import type { LevelTitles } from '../../schemas/level-titles';

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
 * What is wrong with a titles file: entries naming a ladder or a level the handbook does not
 * have, each with the ids that exist. Each problem has the path of the entry in the file.
 */
export function levelTitleProblems(
  ladders: Ladder[],
  titles: LevelTitles,
): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  for (const [ladderId, levels] of Object.entries(titles)) {
    const ladder = ladders.find((l) => l.id === ladderId);
    if (!ladder) {
      problems.push({
        path: [ladderId],
        message: `"${ladderId}" is not a ladder. Ladders: ${ladders.map((l) => l.id).join(', ')}.`,
      });
      continue;
    }
    for (const levelId of Object.keys(levels)) {
      if (!ladder.levels.some((l) => l.id === levelId)) {
        problems.push({
          path: [ladderId, levelId],
          message: `${ladderId}.${levelId} — ladder "${ladderId}" has no level "${levelId}". Its levels: ${ladder.levels.map((l) => l.id).join(', ')}.`,
        });
      }
    }
  }
  return problems;
}

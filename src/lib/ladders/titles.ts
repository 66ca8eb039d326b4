import type { Ladder } from '../../schemas/ladder';
import type { LevelTitles } from '../../schemas/level-titles';

/**
 * Applies a fork's level titles to the ladders: returns copies whose levels carry the local
 * title, or throws an error naming the file, the entry and the ids that exist when the titles
 * mention a ladder or level the handbook does not have.
 *
 * @param file the titles file's path, for error messages
 */
export function applyLevelTitles(ladders: Ladder[], titles: LevelTitles, file: string): Ladder[] {
  for (const [ladderId, levels] of Object.entries(titles)) {
    const ladder = ladders.find((l) => l.id === ladderId);
    if (!ladder) {
      throw new Error(
        `${file}: "${ladderId}" is not a ladder. Ladders: ${ladders.map((l) => l.id).join(', ')}.`,
      );
    }
    for (const levelId of Object.keys(levels)) {
      if (!ladder.levels.some((l) => l.id === levelId)) {
        throw new Error(
          `${file}: ${ladderId}.${levelId} — ladder "${ladderId}" has no level "${levelId}". Its levels: ${ladder.levels.map((l) => l.id).join(', ')}.`,
        );
      }
    }
  }
  return ladders.map((ladder) => ({
    ...ladder,
    levels: ladder.levels.map((level) => ({ ...level, title: titles[ladder.id]?.[level.id] ?? level.title })),
  }));
}

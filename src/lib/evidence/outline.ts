import type { Ladder } from '../../schemas/ladder';
import type { LadderOutline } from './markdown';

/** The little of a ladder the evidence log needs (and the browser carries): dimensions, and each level's expectations. */
export function ladderOutline(ladder: Ladder): LadderOutline {
  return {
    id: ladder.id,
    title: ladder.title,
    dimensions: ladder.dimensions.map((d) => ({ id: d.id, label: d.label })),
    levels: ladder.levels.map((l) => ({
      id: l.id,
      title: l.title,
      expectations: Object.fromEntries(Object.entries(l.dimensions).map(([id, e]) => [id, e.expectation])),
    })),
  };
}

/**
 * The level the evidence log and the check-in start on, until the reader picks one: the third
 * (senior on the IC ladder), the level most people are at or working towards. Not the top,
 * which reads as a presumption.
 */
export const typicalLevel = (ladder: LadderOutline) => ladder.levels[Math.min(2, ladder.levels.length - 1)]!;

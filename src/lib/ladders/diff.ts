import type { Dimension, Expectation, Ladder, Level } from '../../schemas/ladder';
import { listInWords, lowerFirst } from '../text/words';

/** How one dimension changes between two levels. */
export interface DimensionChange {
  dimension: Dimension;
  from: Expectation;
  to: Expectation;
  /** `to.rating - from.rating`: positive when the higher level reaches further. */
  ratingChange: number;
  /** Signals the higher level lists that the lower one does not. */
  newSignals: string[];
  /** Anti-patterns the higher level warns about that the lower one does not. */
  newAntiPatterns: string[];
}

/** The difference between two levels of one ladder, dimension by dimension. */
export interface LevelDiff {
  from: Level;
  to: Level;
  /** True when `to` is directly above `from`. */
  adjacent: boolean;
  changes: DimensionChange[];
  /** Dimensions whose rating rises the most, highest first (ties keep ladder order). */
  biggestShifts: Dimension[];
}

/** Finds a level by id, or throws an error that lists the ladder's level ids. */
export function findLevel(ladder: Ladder, id: string): Level {
  const level = ladder.levels.find((l) => l.id === id);
  if (!level) {
    throw new Error(
      `Ladder "${ladder.id}" has no level "${id}". Its levels are: ${ladder.levels.map((l) => l.id).join(', ')}.`,
    );
  }
  return level;
}

/**
 * Compares two levels of a ladder. The lower level (by position in the ladder) is always
 * `from`, whatever order the ids are given in, so "what is new" reads upward.
 */
export function diffLevels(ladder: Ladder, a: string, b: string): LevelDiff {
  const [i, j] = [ladder.levels.indexOf(findLevel(ladder, a)), ladder.levels.indexOf(findLevel(ladder, b))];
  if (i === j) throw new Error(`Compare two different levels; both were "${a}".`);
  const from = ladder.levels[Math.min(i, j)]!;
  const to = ladder.levels[Math.max(i, j)]!;
  const changes = ladder.dimensions.map((dimension) => {
    const before = from.dimensions[dimension.id]!;
    const after = to.dimensions[dimension.id]!;
    return {
      dimension,
      from: before,
      to: after,
      ratingChange: after.rating - before.rating,
      newSignals: newItems(before.signals, after.signals),
      newAntiPatterns: newItems(before.antiPatterns, after.antiPatterns),
    };
  });
  const maxRise = Math.max(...changes.map((c) => c.ratingChange));
  return {
    from,
    to,
    adjacent: Math.abs(i - j) === 1,
    changes,
    biggestShifts:
      maxRise > 0 ? changes.filter((c) => c.ratingChange === maxRise).map((c) => c.dimension) : [],
  };
}

/**
 * Where the step between two levels is biggest, in one sentence ('' when no rating rises):
 * "The biggest jump is in scope and influence." When most dimensions share the biggest jump,
 * the few that do not make the shorter sentence.
 */
export function shiftSentence(ladder: Ladder, diff: LevelDiff): string {
  const biggest = diff.biggestShifts;
  if (biggest.length === 0) return '';
  const rise = diff.changes.find((c) => c.dimension.id === biggest[0]!.id)!.ratingChange;
  const steps = rise === 1 ? 'one step' : `${rise} steps`;
  const steady = ladder.dimensions.filter((d) => !biggest.some((b) => b.id === d.id));
  const names = (ds: { label: string }[]) => listInWords(ds.map((d) => lowerFirst(d.label)));
  if (steady.length === 0) return `Every dimension rises by ${steps}.`;
  if (biggest.length > 3 && steady.length < biggest.length)
    return `Every dimension but ${names(steady)} rises by ${steps}.`;
  return `The biggest jump is in ${names(biggest)}.`;
}

/** Every pair of adjacent levels, lowest first: [L1, L2], [L2, L3], … */
export function adjacentPairs(ladder: Ladder): [Level, Level][] {
  return ladder.levels.slice(1).map((level, i) => [ladder.levels[i]!, level]);
}

/** Every unordered pair of different levels, lower level first. */
export function allPairs(ladder: Ladder): [Level, Level][] {
  return ladder.levels.flatMap((low, i) =>
    ladder.levels.slice(i + 1).map((high): [Level, Level] => [low, high]),
  );
}

/** The level directly above `id`, if any. */
export function nextLevel(ladder: Ladder, id: string): Level | undefined {
  return ladder.levels[ladder.levels.indexOf(findLevel(ladder, id)) + 1];
}

/** The level directly below `id`, if any. */
export function previousLevel(ladder: Ladder, id: string): Level | undefined {
  const index = ladder.levels.indexOf(findLevel(ladder, id));
  return index > 0 ? ladder.levels[index - 1] : undefined;
}

/** Items of `after` that do not appear in `before` (compared ignoring case and spacing). */
function newItems(before: string[], after: string[]): string[] {
  const seen = new Set(before.map(normalise));
  return after.filter((item) => !seen.has(normalise(item)));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

import { describe, expect, test } from 'vitest';
import {
  adjacentPairs,
  allPairs,
  diffLevels,
  findLevel,
  nextLevel,
  previousLevel,
} from '../../../../src/lib/ladders/diff';
import { smallLadder } from '../../helpers/ladder-fixture';

const ladder = smallLadder();

describe('diffLevels', () => {
  test('reports the rating change of every dimension, lower level first', () => {
    const diff = diffLevels(ladder, 'starter', 'regular');
    expect(diff.from.id).toBe('starter');
    expect(diff.to.id).toBe('regular');
    expect(diff.adjacent).toBe(true);
    expect(diff.changes.map((c) => [c.dimension.id, c.ratingChange])).toEqual([
      ['scope', 1],
      ['autonomy', 2],
      ['mentoring', 0],
    ]);
  });

  test('puts the lower level first whatever order the ids come in', () => {
    const diff = diffLevels(ladder, 'lead', 'starter');
    expect([diff.from.id, diff.to.id]).toEqual(['starter', 'lead']);
    expect(diff.adjacent).toBe(false);
  });

  test('lists only the signals and anti-patterns that are new at the higher level', () => {
    const scope = diffLevels(ladder, 'starter', 'regular').changes[0]!;
    expect(scope.newSignals).toEqual(['Ships features']);
    expect(scope.newAntiPatterns).toEqual(['Gold-plates']);
    const mentoring = diffLevels(ladder, 'starter', 'regular').changes[2]!;
    expect(mentoring.newSignals).toEqual(['Pairs with new starters']);
    expect(mentoring.newAntiPatterns).toEqual([]);
  });

  test('names the dimensions with the biggest jump, all of them on a tie', () => {
    expect(diffLevels(ladder, 'starter', 'regular').biggestShifts.map((d) => d.id)).toEqual(['autonomy']);
    expect(diffLevels(ladder, 'regular', 'lead').biggestShifts.map((d) => d.id)).toEqual([
      'scope',
      'mentoring',
    ]);
  });

  test('refuses an unknown level, listing the real ones, and a level compared with itself', () => {
    expect(() => diffLevels(ladder, 'starter', 'boss')).toThrow(
      'Ladder "small-ladder" has no level "boss". Its levels are: starter, regular, lead.',
    );
    expect(() => diffLevels(ladder, 'lead', 'lead')).toThrow(/two different levels/);
  });
});

describe('level pairs and neighbours', () => {
  test('adjacent pairs walk up the ladder', () => {
    expect(adjacentPairs(ladder).map(([a, b]) => `${a.id}>${b.id}`)).toEqual([
      'starter>regular',
      'regular>lead',
    ]);
  });

  test('all pairs cover every combination once, lower level first', () => {
    expect(allPairs(ladder).map(([a, b]) => `${a.id}>${b.id}`)).toEqual([
      'starter>regular',
      'starter>lead',
      'regular>lead',
    ]);
  });

  test('next and previous levels stop at the ends', () => {
    expect(nextLevel(ladder, 'starter')?.id).toBe('regular');
    expect(nextLevel(ladder, 'lead')).toBeUndefined();
    expect(previousLevel(ladder, 'regular')?.id).toBe('starter');
    expect(previousLevel(ladder, 'starter')).toBeUndefined();
    expect(findLevel(ladder, 'lead').title).toBe('Lead');
  });
});

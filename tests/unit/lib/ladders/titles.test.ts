import { describe, expect, test } from 'vitest';
import { applyLevelTitles, levelTitleProblems } from '../../../../src/lib/ladders/titles';
import { LevelTitlesSchema } from '../../../../src/schemas/level-titles';
import { smallLadder } from '../../helpers/ladder-fixture';

describe('applyLevelTitles', () => {
  const ladders = [smallLadder()];

  test('renames the listed levels and leaves the rest, without touching the input', () => {
    const [renamed] = applyLevelTitles(ladders, { 'small-ladder': { lead: 'Staff Engineer (IC5)' } });
    expect(renamed!.levels.map((l) => l.title)).toEqual(['Starter', 'Regular', 'Staff Engineer (IC5)']);
    expect(ladders[0]!.levels[2]!.title).toBe('Lead');
  });

  test('an unknown ladder or level is a problem naming the entry and what exists', () => {
    expect(levelTitleProblems(ladders, { 'no-ladder': {} })).toEqual([
      { path: ['no-ladder'], message: '"no-ladder" is not a ladder. Ladders: small-ladder.' },
    ]);
    expect(levelTitleProblems(ladders, { 'small-ladder': { boss: 'Boss' } })).toEqual([
      {
        path: ['small-ladder', 'boss'],
        message:
          'small-ladder.boss — ladder "small-ladder" has no level "boss". Its levels: starter, regular, lead.',
      },
    ]);
    expect(levelTitleProblems(ladders, { 'small-ladder': { lead: 'Boss' } })).toEqual([]);
  });

  test('a titles file with only comments means no overrides; an empty title is refused', () => {
    expect(LevelTitlesSchema.parse(null)).toEqual({});
    expect(LevelTitlesSchema.safeParse({ 'small-ladder': { lead: '  ' } }).error?.issues[0]?.message).toBe(
      'the title is empty',
    );
  });
});

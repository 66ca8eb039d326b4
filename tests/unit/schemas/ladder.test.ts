import { describe, expect, test } from 'vitest';
import { LadderSchema } from '../../../src/schemas/ladder';
import { smallLadderData } from '../helpers/ladder-fixture';

/** Validates `data` and returns each problem as `path: message`. */
function problems(data: unknown): string[] {
  const result = LadderSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('LadderSchema', () => {
  test('accepts a complete ladder', () => {
    expect(problems(smallLadderData())).toEqual([]);
  });

  test('reports a duplicate level id with its position and the fix', () => {
    const data = smallLadderData();
    data.levels[2]!.id = 'starter';
    expect(problems(data)).toContain(
      'levels.2.id: levels[2].id "starter" is used twice; give each level its own id',
    );
  });

  test('reports a dimension missing at one level, naming the level and the dimension', () => {
    const data = smallLadderData();
    delete (data.levels[1]!.dimensions as Record<string, unknown>).autonomy;
    const [problem] = problems(data);
    expect(problem).toMatch(/^levels.1.dimensions.autonomy: levels\[1\]\.dimensions\.autonomy is missing/);
    expect(problem).toContain('add "autonomy:" under level "regular"');
  });

  test('reports an unknown dimension and lists the known ones', () => {
    const data = smallLadderData();
    (data.levels[0]!.dimensions as Record<string, unknown>).charisma = {
      rating: 1,
      expectation: 'x',
      signals: ['x'],
      antiPatterns: ['x'],
    };
    expect(problems(data)).toEqual([
      'levels.0.dimensions.charisma: levels[0].dimensions.charisma is not a dimension of this ladder; use one of scope, autonomy, mentoring, or add "charisma" to dimensions:',
    ]);
  });

  test('reports a wrong type with its full path', () => {
    const data = smallLadderData();
    (data.levels[0]!.dimensions as Record<string, Record<string, unknown>>).scope!.rating = 'high';
    expect(problems(data)).toEqual(['levels.0.dimensions.scope.rating: give a rating from 1 to 5']);
  });

  test.each([
    [0, 'the rating is at least 1'],
    [6, 'the rating is at most 5'],
    [2.5, 'the rating is a whole number from 1 to 5'],
  ])('rejects a rating of %s', (rating, message) => {
    const data = smallLadderData();
    (data.levels[1]!.dimensions as Record<string, Record<string, unknown>>).mentoring!.rating = rating;
    expect(problems(data)).toEqual([`levels.1.dimensions.mentoring.rating: ${message}`]);
  });

  test('reports a duplicate dimension id', () => {
    const data = smallLadderData();
    (data.dimensions as Record<string, unknown>[])[2]!.id = 'scope';
    expect(problems(data)).toContain(
      'dimensions.2.id: dimensions[2].id "scope" is used twice; give each dimension its own id',
    );
  });

  test('requires steps to the next level on every level but the top one', () => {
    const data = smallLadderData();
    delete data.levels[0]!.toNextLevel;
    expect(problems(data)).toEqual([
      'levels.0.toNextLevel: levels[0].toNextLevel is missing: list the steps from "starter" to the next level',
    ]);
  });

  test('reserves the ids of the ladder’s own pages', () => {
    const data = smallLadderData();
    data.levels[2]!.id = 'compare';
    expect(problems(data)[0]).toMatch(/^levels.2.id: levels\[2\]\.id "compare" is reserved/);
  });

  test('rejects an empty signal list, an unknown field and a related page that is not a site path', () => {
    const data = smallLadderData();
    (data.levels[0]!.dimensions as Record<string, Record<string, unknown>>).scope!.signals = [];
    data.levels[1]!.nickname = 'Reg';
    data.levels[2]!.relatedPages = ['promotions'];
    expect(problems(data)).toEqual([
      'levels.0.dimensions.scope.signals: give at least one signal',
      'levels.1: Unrecognized key: "nickname"',
      'levels.2.relatedPages.0: write a site path like /promotions/how-promotions-work/',
    ]);
  });

  test('needs at least three dimensions, two levels and a changelog', () => {
    const data = smallLadderData();
    data.dimensions = (data.dimensions as unknown[]).slice(0, 2);
    data.levels = data.levels.slice(0, 1);
    data.changelog = [];
    const found = problems(data);
    expect(found).toContain('dimensions: a ladder needs at least three dimensions');
    expect(found).toContain('levels: a ladder needs at least two levels');
    expect(found).toContain('changelog: add a changelog entry for the first version');
  });
});

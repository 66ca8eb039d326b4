import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../../src/lib/config/parse-config';
import { buildHandbook } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { applyLevelTitles, levelTitleProblems } from '../../../../src/lib/ladders/titles';
import { LevelTitlesSchema } from '../../../../src/schemas/level-titles';
import { contentFiles } from '../../helpers/handbook-fixture';
import { smallLadder, smallLadderData } from '../../helpers/ladder-fixture';

describe('applyLevelTitles', () => {
  const ladders = [smallLadder()];

  test('renames the listed levels and leaves the rest, without touching the input', () => {
    const [renamed] = applyLevelTitles(ladders, { 'small-ladder': { lead: 'Staff Engineer (IC5)' } });
    expect(renamed!.levels.map((l) => l.title)).toEqual(['Starter', 'Regular', 'Staff Engineer (IC5)']);
    expect(ladders[0]!.levels[2]!.title).toBe('Lead');
  });

  test('an unknown ladder or level is a problem naming the entry, what it probably meant and what exists', () => {
    expect(levelTitleProblems(ladders, { 'no-ladder': {} })).toEqual([
      {
        path: ['no-ladder'],
        message: 'no-ladder: there is no ladder "no-ladder"; use one of the ladder ids: small-ladder',
      },
    ]);
    expect(levelTitleProblems(ladders, { 'small-ladder': { boss: 'Boss' } })).toEqual([
      {
        path: ['small-ladder', 'boss'],
        message:
          'small-ladder.boss: ladder "small-ladder" has no level "boss"; use one of its level ids: starter, regular, lead',
      },
    ]);
    expect(levelTitleProblems(ladders, { 'small-ladder': { lead: 'Boss' } })).toEqual([]);
  });

  test('a typo says what it probably meant; in the config the path starts at levels', () => {
    expect(levelTitleProblems(ladders, { 'small-ladder': { laed: 'Boss' } }, ['levels'])).toEqual([
      {
        path: ['levels', 'small-ladder', 'laed'],
        message:
          'levels.small-ladder.laed: ladder "small-ladder" has no level "laed" (did you mean lead?); use one of its level ids: starter, regular, lead',
      },
    ]);
    expect(levelTitleProblems(ladders, { 'smal-ladder': { lead: 'Boss' } }, ['levels'])).toEqual([
      {
        path: ['levels', 'smal-ladder'],
        message:
          'levels.smal-ladder: there is no ladder "smal-ladder" (did you mean small-ladder?); use one of the ladder ids: small-ladder',
      },
    ]);
  });

  test('a ladder whose levels are unknown (its file is broken) has its titles left unchecked', () => {
    expect(levelTitleProblems([{ id: 'broken' }], { broken: { anything: 'X' } })).toEqual([]);
  });

  test('a titles file with only comments means no overrides; an empty title is refused', () => {
    expect(LevelTitlesSchema.parse(null)).toEqual({});
    expect(LevelTitlesSchema.safeParse({ 'small-ladder': { lead: '  ' } }).error?.issues[0]?.message).toBe(
      'the title is empty',
    );
  });
});

describe('where level titles are checked', () => {
  /** The model of the small ladder (internal), with titles from the config or level-titles.yaml. */
  const model = (visibility: 'public' | 'internal', configText: string, levelTitles?: object) => {
    const config = parseConfig('handbook.config.yaml', configText).config!;
    const files = contentFiles({ ladders: [{ ...smallLadderData(), visibility: 'internal' }], levelTitles });
    return buildHandbook(parseContent(files).raw, {
      config,
      visibility,
      today: new Date('2026-11-28T00:00:00Z'),
    });
  };

  test('the config’s titles for an internal ladder do not fail the public edition: the config is checked, with every ladder, before a build (loadSettings)', () => {
    const { handbook, problems } = model('public', 'levels:\n  small-ladder:\n    lead: Staff Engineer\n');
    expect(handbook.ladders).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('level-titles.yaml is content: the model checks it', () => {
    const { problems } = model('internal', '', { 'small-ladder': { laed: 'Staff Engineer' } });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/level-titles.yaml:2: small-ladder.laed: ladder "small-ladder" has no level "laed" (did you mean lead?); use one of its level ids: starter, regular, lead',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { answerScore, score, type Answers } from '../../../../src/lib/assessments/score';
import { smallAssessment } from '../../helpers/assessment-fixture';

const def = smallAssessment();
const q = (id: string) => def.questions.find((x) => x.id === id)!;

/** Answers that put every dimension at 100% (with evidence where needed). */
const perfect: Answers = {
  tests: { value: 4, note: 'CI link' },
  reviews: { value: 4 },
  mentor: { value: 'yes', note: 'Mentoring Ana' },
  'bad-day': { value: 'no' },
  shipped: { value: 'big' },
  unsafe: { value: 'no' },
};

describe('answerScore', () => {
  test('scales run from 0 at the bottom anchor to 1 at the top', () => {
    expect(answerScore(def, q('reviews'), { value: 0 })).toEqual({ score: 0, capped: false });
    expect(answerScore(def, q('reviews'), { value: 3 })).toEqual({ score: 0.75, capped: false });
  });

  test('a top rating without evidence counts one step lower; with a note it counts in full', () => {
    expect(answerScore(def, q('tests'), { value: 4 })).toEqual({ score: 0.75, capped: true });
    expect(answerScore(def, q('tests'), { value: 4, note: '  ' })).toEqual({ score: 0.75, capped: true });
    expect(answerScore(def, q('tests'), { value: 4, note: 'PR 12' })).toEqual({ score: 1, capped: false });
    expect(answerScore(def, q('tests'), { value: 3 })).toEqual({ score: 0.75, capped: false });
  });

  test('yes / partly / no score 1, 0.5 and 0, and "yes" without evidence counts as "partly"', () => {
    expect(answerScore(def, q('mentor'), { value: 'partly' })).toEqual({ score: 0.5, capped: false });
    expect(answerScore(def, q('mentor'), { value: 'no' })).toEqual({ score: 0, capped: false });
    expect(answerScore(def, q('mentor'), { value: 'yes' })).toEqual({ score: 0.5, capped: true });
  });

  test('a question where "yes" is bad is reversed', () => {
    expect(answerScore(def, q('bad-day'), { value: 'yes' })).toEqual({ score: 0, capped: false });
    expect(answerScore(def, q('bad-day'), { value: 'no' })).toEqual({ score: 1, capped: false });
  });

  test('a choice scores its option’s value; unknown or out-of-range answers do not count', () => {
    expect(answerScore(def, q('shipped'), { value: 'small' })).toEqual({ score: 0.5, capped: false });
    expect(answerScore(def, q('shipped'), { value: 'huge' })).toBeUndefined();
    expect(answerScore(def, q('reviews'), { value: 9 })).toBeUndefined();
    expect(answerScore(def, q('reviews'), { value: 'often' })).toBeUndefined();
    expect(answerScore(def, q('proud'), { value: 'My team' })).toBeUndefined();
  });
});

describe('score', () => {
  test('nothing answered: no band, no flags, nothing scored', () => {
    const r = score(def, {});
    expect(r.band).toBeUndefined();
    expect(r.overall).toBeNull();
    expect(r.flags).toEqual([]);
    expect(r.dimensions.every((d) => d.percent === null)).toBe(true);
    expect(r.total).toBe(6); // the text question is not scored
  });

  test('all top answers with evidence: 100% everywhere and the top band', () => {
    const r = score(def, perfect);
    expect(r.overall).toBe(100);
    expect(r.band?.id).toBe('great');
    expect(r.answered).toBe(6);
  });

  test('weights count within a dimension and overall', () => {
    // craft: tests 0 (weight 1) and reviews 4 (weight 3) → 75%
    const r = score(def, { tests: { value: 0 }, reviews: { value: 4 } });
    expect(r.dimensions.find((d) => d.id === 'craft')!.percent).toBe(75);
    expect(r.overall).toBe(75);
  });

  test('missing answers are left out, not counted as zero', () => {
    const r = score(def, { reviews: { value: 2 } });
    expect(r.dimensions.map((d) => d.percent)).toEqual([50, null, null]);
    expect(r.answered).toBe(1);
    expect(r.dimensions[0]).toMatchObject({ answered: 1, total: 2 });
  });

  describe('band boundaries', () => {
    // Overall = craft and impact answers only; the people area stays unanswered (and so unscored).
    const at = (reviews: number, shipped: string): Answers => ({
      reviews: { value: reviews },
      shipped: { value: shipped },
    });

    test('exactly 80% with every dimension at 50% or more is the top band', () => {
      // reviews 3/4 weight 3 (2.25) + shipped 1 (weight 1) = 3.25 / 4 = 81.25%; use exact 80%:
      const r = score(def, {
        tests: { value: 4, note: 'x' },
        reviews: { value: 3 },
        shipped: { value: 'big' },
      });
      // craft: (1 + 2.25) / 4 = 81.25; impact 100 → overall (1 + 2.25 + 1) / 5 = 85
      expect(r.overall).toBe(85);
      // People is not answered yet: "every dimension at 50% or more" cannot hold for it.
      expect(r.band?.id).toBe('good');
      // With every area answered: people (partly 0.5 + no 1) / 2 = 75%, overall (1 + 2.25 + 0.5 + 1 + 1) / 7 = 82.1.
      const every = score(def, {
        tests: { value: 4, note: 'x' },
        reviews: { value: 3 },
        shipped: { value: 'big' },
        mentor: { value: 'partly' },
        'bad-day': { value: 'no' },
      });
      expect(every.band?.id).toBe('great');
    });

    test('80% overall but one dimension under 50% drops a band', () => {
      const r = score(def, {
        reviews: { value: 4 },
        tests: { value: 4, note: 'x' },
        shipped: { value: 'nothing' },
      });
      // overall (3 + 1 + 0) / 5 = 80; impact 0% < 50
      expect(r.overall).toBe(80);
      expect(r.band?.id).toBe('good');
    });

    test('just under 80% is the middle band, exactly 50% is still the middle band, under 50% the fallback', () => {
      expect(score(def, at(4, 'nothing')).overall).toBe(75);
      expect(score(def, at(4, 'nothing')).band?.id).toBe('good');
      const half = score(def, { reviews: { value: 2 } });
      expect(half.overall).toBe(50);
      expect(half.band?.id).toBe('good');
      const under = score(def, { reviews: { value: 1 }, shipped: { value: 'small' } });
      expect(under.overall).toBe(31.25);
      expect(under.band?.id).toBe('early');
    });
  });

  test('a hard-stop answer decides the band on its own, whatever the scores', () => {
    const r = score(def, { ...perfect, unsafe: { value: 'yes' } });
    expect(r.band?.id).toBe('stop');
    expect(r.hardStop).toBe('unsafe');
  });

  test('the evidence rule caps each top rating without a note and can raise a flag', () => {
    const r = score(def, { ...perfect, tests: { value: 4 }, mentor: { value: 'yes' } });
    expect(r.capped).toEqual(['tests', 'mentor']);
    expect(r.flags.map((f) => f.id)).toContain('capped');
    expect(r.overall).toBeLessThan(100);
  });

  test('care flags come before other flags', () => {
    const r = score(def, {
      ...perfect,
      tests: { value: 4 },
      mentor: { value: 'yes' },
      'bad-day': { value: 'yes' },
    });
    expect(r.flags.map((f) => f.tone)).toEqual(['care', 'caution']);
  });

  test('the gap plan takes the weakest dimensions that have actions', () => {
    const r = score(def, {
      tests: { value: 0 },
      reviews: { value: 0 },
      mentor: { value: 'partly', note: 'x' },
      shipped: { value: 'big' },
    });
    expect(r.weakest.map((d) => d.id)).toEqual(['craft', 'people']);
    expect(r.strongest[0]!.id).toBe('impact');
    expect(r.gapPlan.map((g) => g.dimension)).toEqual(['craft', 'people']);
  });

  test('the gap plan skips areas already at the best end; a tie goes to the area the check lists first, and the rest are named', () => {
    // craft 100%, people 50%, impact 50%: one area to pick (gapDimensions 1), two level for it.
    const one = { ...def, rules: { ...def.rules, gapDimensions: 1 } };
    const tied = score(one, { ...perfect, mentor: { value: 'partly' }, shipped: { value: 'small' } });
    expect(tied.weakest.map((d) => d.id)).toEqual(['people']);
    expect(tied.tied.map((d) => d.id)).toEqual(['impact']);
    expect(tied.gapPlan.map((g) => g.dimension)).toEqual(['people']);
    // Listed the other way round, the other one comes first: the order is the check's, not the sort's.
    const reversed = { ...one, dimensions: [...one.dimensions].reverse() };
    const other = score(reversed, { ...perfect, mentor: { value: 'partly' }, shipped: { value: 'small' } });
    expect(other.weakest.map((d) => d.id)).toEqual(['impact']);
    expect(other.tied.map((d) => d.id)).toEqual(['people']);
    // Everything level: the plan still covers gapDimensions areas, in the check's order.
    const level = score(def, {
      tests: { value: 2 },
      reviews: { value: 2 },
      mentor: { value: 'no' },
      'bad-day': { value: 'no' },
      shipped: { value: 'small' },
    });
    expect(level.dimensions.map((d) => Math.round(d.percent!))).toEqual([50, 50, 50]);
    expect(level.weakest.map((d) => d.id)).toEqual(['craft', 'people']);
    expect(level.tied.map((d) => d.id)).toEqual(['impact']);
    // Nothing level with the last one taken: nothing named.
    expect(
      score(def, {
        tests: { value: 0 },
        reviews: { value: 0 },
        mentor: { value: 'partly', note: 'x' },
        shipped: { value: 'big' },
      }).tied,
    ).toEqual([]);
    // Everything at 100%: nothing to work on, so no actions.
    expect(score(def, perfect).weakest).toEqual([]);
    expect(score(def, perfect).gapPlan).toEqual([]);
    // When higher is worse, 0% is the best end: nothing scored above it, nothing to work on.
    const risky = { ...def, higherIsWorse: true };
    const none = {
      tests: { value: 0 },
      reviews: { value: 0 },
      mentor: { value: 'no' },
      shipped: { value: 'nothing' },
    };
    expect(score(risky, none).dimensions.map((d) => d.percent)).toEqual([0, 0, 0]);
    expect(score(risky, none).weakest).toEqual([]);
  });

  test('when higher is worse, the weakest are the highest scores', () => {
    const risky = { ...def, higherIsWorse: true };
    const r = score(risky, {
      tests: { value: 0 },
      reviews: { value: 0 },
      mentor: { value: 'partly', note: 'x' },
      shipped: { value: 'big' },
    });
    expect(r.weakest.map((d) => d.id)).toEqual(['impact', 'people']);
    expect(r.gapPlan.map((g) => g.dimension)).toEqual(['people']); // impact has no actions
  });

  test('a profile band picks the highest dimension', () => {
    const profile = {
      ...def,
      bands: [
        { id: 'crafter', label: 'Crafter', text: 'x', when: { topDimension: 'craft' } },
        { id: 'shipper', label: 'Shipper', text: 'y', when: { topDimension: 'impact' } },
        { id: 'other', label: 'Other', text: 'z' },
      ],
    };
    expect(score(profile, { reviews: { value: 4 }, shipped: { value: 'small' } }).band?.id).toBe('crafter');
    expect(score(profile, { reviews: { value: 1 }, shipped: { value: 'big' } }).band?.id).toBe('shipper');
    expect(score(profile, { mentor: { value: 'partly' } }).band?.id).toBe('other');
    // The only area answered, at 0%, is not "the highest": nothing scored yet stands out.
    expect(score(profile, { reviews: { value: 0 } }).band?.id).toBe('other');
  });

  test('allOf holds only when every inner condition does, each over its own dimensions', () => {
    const orchestrator = {
      ...def,
      bands: [
        {
          id: 'narrow',
          label: 'Narrow',
          text: 'x',
          when: {
            allOf: [
              { anyDimensionBelow: 50, dimensions: ['craft'] },
              { everyDimensionAtLeast: 70, dimensions: ['impact'] },
            ],
          },
        },
        { id: 'other', label: 'Other', text: 'y' },
      ],
    };
    const band = (answers: Answers) => score(orchestrator, answers).band?.id;
    expect(band({ reviews: { value: 1 }, shipped: { value: 'big' } })).toBe('narrow');
    expect(band({ reviews: { value: 3 }, shipped: { value: 'big' } })).toBe('other'); // craft is 75%
    expect(band({ reviews: { value: 1 }, shipped: { value: 'small' } })).toBe('other'); // impact is 50%
  });

  test('anyOf holds when at least one inner condition does', () => {
    const warned = {
      ...def,
      bands: [
        {
          id: 'warned',
          label: 'Warned',
          text: 'x',
          when: {
            anyOf: [
              { answer: { question: 'bad-day', is: ['yes'] } },
              { anyDimensionBelow: 25, dimensions: ['craft'] },
            ],
          },
        },
        { id: 'other', label: 'Other', text: 'y' },
      ],
    };
    const band = (answers: Answers) => score(warned, answers).band?.id;
    expect(band({ 'bad-day': { value: 'yes' }, reviews: { value: 4 } })).toBe('warned');
    expect(band({ 'bad-day': { value: 'no' }, reviews: { value: 0 } })).toBe('warned');
    expect(band({ 'bad-day': { value: 'no' }, reviews: { value: 4 } })).toBe('other');
  });

  test('a plan step with a condition is in the plan only for results where it holds', () => {
    const planned = {
      ...def,
      plan: [
        { afterDays: 0, text: 'Always.' },
        {
          afterDays: 7,
          text: 'Only when craft is weak.',
          when: { anyDimensionBelow: 50, dimensions: ['craft'] },
        },
      ],
    };
    expect(score(planned, { reviews: { value: 0 } }).plan.map((p) => p.text)).toEqual([
      'Always.',
      'Only when craft is weak.',
    ]);
    expect(score(planned, { reviews: { value: 4 } }).plan).toEqual([{ afterDays: 0, text: 'Always.' }]);
  });

  test('dimension statuses take the first threshold each score reaches; unscored areas get none', () => {
    const scorecard = {
      ...def,
      dimensionStatus: [
        { id: 'green', label: 'Green', atLeast: 80 },
        { id: 'amber', label: 'Amber', atLeast: 40 },
        { id: 'red', label: 'Red' },
      ],
    };
    const r = score(scorecard, { reviews: { value: 4 }, tests: { value: 1 }, shipped: { value: 'small' } });
    // craft: (0.25 × 1 + 1 × 3) / 4 = 81.25%; impact: 50%; people: not answered.
    expect(r.dimensions.map((d) => [d.id, d.status?.id])).toEqual([
      ['craft', 'green'],
      ['people', undefined],
      ['impact', 'amber'],
    ]);
    expect(score(scorecard, { shipped: { value: 'nothing' } }).dimensions[2]!.status).toEqual({
      id: 'red',
      label: 'Red',
    });
    expect(score(def, { shipped: { value: 'nothing' } }).dimensions[2]!.status).toBeUndefined();
  });
});

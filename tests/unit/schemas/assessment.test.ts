import { describe, expect, test } from 'vitest';
import { AssessmentSchema } from '../../../src/schemas/assessment';
import { smallAssessmentData } from '../helpers/assessment-fixture';

const problems = (data: unknown) => {
  const r = AssessmentSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('AssessmentSchema', () => {
  test('accepts a complete assessment and fills in defaults', () => {
    expect(problems(smallAssessmentData())).toEqual([]);
    const parsed = AssessmentSchema.parse(smallAssessmentData());
    expect(parsed.questions[0]!.weight).toBe(1);
    expect(parsed.higherIsWorse).toBe(false);
    expect(parsed.team).toBe(false);
  });

  test('a question must belong to a dimension that exists', () => {
    const data = smallAssessmentData();
    data.questions[0]!.dimension = 'charisma';
    expect(problems(data)).toEqual([
      'questions.0.dimension: questions[0].dimension must be one of craft, people, impact',
    ]);
  });

  test('a scale question must name a defined scale, and a scale needs one anchor per point', () => {
    const data = smallAssessmentData();
    data.questions[1]!.scale = 'one-to-ten';
    (data.scales as Record<string, { anchors: string[] }>)['zero-to-four']!.anchors.pop();
    expect(problems(data)).toEqual([
      'scales.zero-to-four.anchors: give one anchor per point: 5 anchors for 0–4, not 4',
      'questions.1.scale: questions[1].scale must name a scale under scales: (zero-to-four)',
    ]);
  });

  test('duplicate question ids, a choice with one option and a hard stop to a missing band are refused', () => {
    const data = smallAssessmentData();
    data.questions[1]!.id = 'tests';
    (data.questions[4]!.options as unknown[]).splice(1);
    (data.questions[5]!.hardStop as { band: string }).band = 'panic';
    expect(problems(data)).toEqual([
      'questions.1.id: questions[1].id "tests" is used twice; give each question its own id',
      'questions.4.options: questions[4] is a choice question: give at least two options',
      'questions.5.hardStop.band: questions[5].hardStop.band must be one of the bands: stop, great, good, early',
    ]);
  });

  test('the last band is the fallback, and conditions may only name real dimensions and questions', () => {
    const data = smallAssessmentData();
    data.bands[3]!.when = { overallBelow: 50 };
    data.bands[1]!.when = { topDimension: 'luck' };
    (data.flags as { when: unknown }[])[0]!.when = { answer: { question: 'nope', is: ['yes'] } };
    expect(problems(data)).toEqual([
      'bands.3.when: the last band is the fallback: leave out its when:',
      'bands.1.when: "luck" is not a dimension of this assessment',
      'flags.0.when: "nope" is not a question of this assessment',
    ]);
  });

  test('conditions inside allOf are checked too, and allOf combines at least two', () => {
    const data = smallAssessmentData();
    data.bands[1]!.when = {
      allOf: [{ overallAtLeast: 10 }, { anyDimensionBelow: 50, dimensions: ['luck'] }],
    };
    data.bands[2]!.when = { allOf: [{ overallAtLeast: 10 }] };
    expect(problems(data)).toContain('bands.2.when.allOf: allOf combines at least two conditions');
    data.bands[2]!.when = { overallAtLeast: 50 };
    expect(problems(data)).toEqual(['bands.1.when.allOf.1: "luck" is not a dimension of this assessment']);
  });

  test('dimension statuses run from the highest threshold down to a fallback without one', () => {
    const data = smallAssessmentData();
    data.dimensionStatus = [
      { id: 'green', label: 'Green', atLeast: 80 },
      { id: 'red', label: 'Red' },
    ];
    expect(problems(data)).toEqual([]);
    data.dimensionStatus = [
      { id: 'amber', label: 'Amber', atLeast: 40 },
      { id: 'green', label: 'Green', atLeast: 80 },
      { id: 'red', label: 'Red', atLeast: 0 },
    ];
    expect(problems(data)).toEqual([
      'dimensionStatus.1.atLeast: list statuses from the highest atLeast down: 80 comes after 40',
      'dimensionStatus.2.atLeast: the last status is the fallback: leave out its atLeast:',
    ]);
  });

  test('wrong types say what is expected', () => {
    const data = smallAssessmentData();
    data.questions[0]!.type = 'slider';
    data.questions[1]!.weight = 0;
    expect(problems(data)).toEqual([
      'questions.0.type: type is one of: scale, yes-partly-no, yes-no, choice, text',
      'questions.1.weight: weights are above 0',
    ]);
  });
});

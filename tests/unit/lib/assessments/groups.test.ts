import { describe, expect, test } from 'vitest';
import { answerOptions, questionGroups } from '../../../../src/lib/assessments/groups';
import { smallAssessment } from '../../helpers/assessment-fixture';

const a = smallAssessment();

describe('questionGroups', () => {
  test('one group per dimension with its scored questions, then the free-text reflection', () => {
    expect(questionGroups(a).map((g) => [g.id, g.questions.map((q) => q.id), g.scored])).toEqual([
      ['craft', ['tests', 'reviews'], true],
      ['people', ['mentor', 'bad-day'], true],
      ['impact', ['shipped', 'unsafe'], true],
      ['reflection', ['proud'], false],
    ]);
  });

  test('leaves out a dimension with no questions and a reflection with none', () => {
    const lean = { ...a, questions: a.questions.filter((q) => q.dimension === 'craft' && q.type !== 'text') };
    expect(questionGroups(lean).map((g) => g.id)).toEqual(['craft']);
  });
});

describe('answerOptions', () => {
  const q = (id: string) => a.questions.find((x) => x.id === id)!;
  test('a scale offers its points with their anchors', () => {
    expect(answerOptions(a, q('tests'))).toEqual([
      { value: '0', label: '0 — Never' },
      { value: '1', label: '1 — Rarely' },
      { value: '2', label: '2 — Sometimes' },
      { value: '3', label: '3 — Often' },
      { value: '4', label: '4 — Always' },
    ]);
  });

  test('yes/partly/no, yes/no, choices and free text', () => {
    expect(answerOptions(a, q('mentor')).map((o) => o.label)).toEqual(['Yes', 'Partly', 'No']);
    expect(answerOptions(a, q('bad-day')).map((o) => o.value)).toEqual(['yes', 'no']);
    expect(answerOptions(a, q('shipped'))).toEqual([
      { value: 'nothing', label: 'Nothing' },
      { value: 'small', label: 'A small feature' },
      { value: 'big', label: 'A big feature' },
    ]);
    expect(answerOptions(a, q('proud'))).toEqual([]);
  });
});

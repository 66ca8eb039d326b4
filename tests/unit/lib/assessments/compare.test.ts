import { describe, expect, test } from 'vitest';
import { compareAnswers, differingQuestions, teamView } from '../../../../src/lib/assessments/compare';
import { resultMarkdown, dateAfter, answerText } from '../../../../src/lib/assessments/markdown';
import { score } from '../../../../src/lib/assessments/score';
import { smallAssessment } from '../../helpers/assessment-fixture';

const def = smallAssessment();

describe('compareAnswers', () => {
  test('shows both scores and the change per dimension, flagging gaps of 25 points or more', () => {
    const me = { reviews: { value: 4 }, tests: { value: 4, note: 'x' }, shipped: { value: 'small' } };
    const them = {
      reviews: { value: 2 },
      tests: { value: 4, note: 'x' },
      shipped: { value: 'small' },
      mentor: { value: 'no' },
    };
    const rows = compareAnswers(def, me, them);
    expect(rows.map((r) => [r.id, r.a, r.b, r.change, r.disagree])).toEqual([
      ['craft', 100, 62.5, -37, true],
      ['people', null, 0, null, false],
      ['impact', 50, 50, 0, false],
    ]);
    expect(differingQuestions(def, me, them)).toEqual(['reviews']);
  });
});

describe('teamView', () => {
  test('gives every member’s score, the median and the spread, and flags a wide spread', () => {
    const members = [{ reviews: { value: 4 } }, { reviews: { value: 0 } }, { reviews: { value: 2 } }];
    const [craft, people] = teamView(def, members);
    expect(craft).toMatchObject({
      scores: [100, 0, 50],
      min: 0,
      max: 100,
      median: 50,
      spread: 100,
      wide: true,
    });
    expect(people).toMatchObject({ scores: [null, null, null], median: null, spread: null, wide: false });
  });

  test('an even number of members takes the middle two for the median', () => {
    const [craft] = teamView(def, [{ reviews: { value: 4 } }, { reviews: { value: 3 } }]);
    expect(craft).toMatchObject({ median: 88, spread: 25, wide: false });
  });
});

describe('resultMarkdown', () => {
  test('writes the band, scores, next actions, dated plan and every answer in words', () => {
    const answers = {
      tests: { value: 1 },
      mentor: { value: 'partly', note: 'with Ana\nweekly' },
      shipped: { value: 'small' },
    };
    const md = resultMarkdown(def, score(def, answers), answers, new Date('2026-11-21T12:00:00Z'));
    expect(md).toContain('## Small test assessment — 2026-11-21');
    expect(md).toMatch(/\*\*Result: Early\.\*\* Early\./);
    expect(md).toContain('| Craft | 25% |');
    expect(md).toContain('- [ ] Craft: Write tests.');
    expect(md).toContain('- [ ] 2026-12-21: Check in.');
    expect(md).toContain('- I write tests. **1 — Rarely**');
    // Answers read as the form labels them, not as the stored value ("partly").
    expect(md).toContain('- I mentor someone. **Partly** (with Ana weekly)');
    expect(md).toContain('- What did you ship? **A small feature**');
    expect(md).toContain('- I review code. **not answered**');
  });

  test('dates are counted in days from today', () => {
    expect(dateAfter(new Date('2026-02-27T08:00:00Z'), 2)).toBe('2026-03-01');
    expect(answerText(def, 'proud', { proud: { value: 'The launch' } })).toBe('The launch');
  });
});

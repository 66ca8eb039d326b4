import { describe, expect, test } from 'vitest';
import { assessmentMarkdown } from '../../../../src/lib/export/assessment-markdown';
import { conditionText } from '../../../../src/lib/export/assessment-conditions';
import { answerOptions, questionGroups } from '../../../../src/lib/assessments/groups';
import { score, type Answers } from '../../../../src/lib/assessments/score';
import { exportProcessor } from '../../../../src/lib/export/processor';
import { STYLES } from '../../../../src/lib/export/targets';
import { smallAssessment } from '../../helpers/assessment-fixture';
import { u } from 'unist-builder';

/**
 * The worksheet is the assessment on paper, where nothing scores it: the points it prints, the
 * rule it gives for adding them up and the cut-offs of its bands must reach the result the page
 * would show. These tests score answers both ways.
 */
const assessment = smallAssessment();
const markdown = String(
  exportProcessor(STYLES.gfm, {} as never).stringify(
    u('root', assessmentMarkdown(assessment, { titleOf: () => undefined })),
  ),
);

/** The points the worksheet prints after each answer of each question, by question text. */
function printedPoints(): Map<string, Map<string, number>> {
  const points = new Map<string, Map<string, number>>();
  let question = '';
  for (const line of markdown.split('\n')) {
    const q = /^\d+\. (.*)$/.exec(line);
    if (q) question = q[1]!;
    const a = /^\s+- \[ \] (.*) \((\d+(?:\.\d+)?) points?\)$/.exec(line);
    if (a) points.set(question, (points.get(question) ?? new Map()).set(a[1]!, Number(a[2])));
  }
  return points;
}

describe('scoring the small assessment by hand, as the worksheet says', () => {
  const printed = printedPoints();
  const scored = questionGroups(assessment).flatMap((g) => (g.scored ? g.questions : []));

  test('every answer of every scored question has its points printed', () => {
    for (const q of scored)
      expect(printed.get([...printed.keys()].find((k) => k.startsWith(q.text))!)?.size, q.id).toBe(
        answerOptions(assessment, q).length,
      );
  });

  /** Each question's answer picked by `pick`, scored from the printed points with the printed rule. */
  function byHand(pick: (count: number, index: number) => number) {
    const answers: Answers = {};
    let points = 0;
    let weight = 0;
    scored.forEach((q, i) => {
      const options = answerOptions(assessment, q);
      const chosen = options[pick(options.length, i)]!;
      // A note on every answer: the evidence rule (a top answer without one counts lower) is not used here.
      answers[q.id] = { value: q.type === 'scale' ? Number(chosen.value) : chosen.value, note: 'example' };
      const line = [...printed.keys()].find((k) => k.startsWith(q.text))!;
      points += printed.get(line)!.get(chosen.label)! * q.weight;
      weight += q.weight;
    });
    return { answers, overall: (points / weight) * 100 };
  }

  test.each([
    ['all lowest', (_: number) => 0],
    ['all highest', (n: number) => n - 1],
    ['mixed', (n: number, i: number) => (i * 7) % n],
    ['middle', (n: number) => Math.floor(n / 2)],
  ] as const)('%s: the overall score by hand is the page’s', (_name, pick) => {
    const hand = byHand(pick);
    expect(hand.overall).toBeCloseTo(score(assessment, hand.answers).overall!, 0);
  });
});

describe('conditions in words, one clause per field', () => {
  test.each([
    [{ overallAtLeast: 80, everyDimensionAtLeast: 50 }, 'overall 80% or more and every area at 50% or more'],
    [{ overallBelow: 40 }, 'overall below 40%'],
    [{ anyDimensionBelow: 30, dimensions: ['craft', 'people'] }, 'any of Craft, People below 30%'],
    [{ topDimension: 'impact' }, 'Impact is your highest-scoring area, above 0%'],
    [
      { answer: { question: 'mentor', is: ['yes', 'partly'] } },
      'you answered “Yes” or “Partly” to “I mentor someone.”',
    ],
    [{ answer: { question: 'tests', is: [4] } }, 'you answered “4 — Always” to “I write tests.”'],
    [{ cappedAtLeast: 2 }, '2 or more top answers counted lower for want of an example'],
    [
      { allOf: [{ overallAtLeast: 50, overallBelow: 70 }, { topDimension: 'craft' }] },
      '(overall 50% or more and overall below 70%) and Craft is your highest-scoring area, above 0%',
    ],
  ])('%j', (condition, words) => {
    expect(conditionText(condition, assessment)).toBe(words);
  });

  test('the worksheet gives each band its cut-offs, and the hard stop its answer', () => {
    expect(markdown).toContain('- **Great** (overall 80% or more and every area at 50% or more) — Great.');
    expect(markdown).toContain('- **Early** (otherwise) — Early.');
    expect(markdown).toContain('If you answer “Yes”, the result is “Stop”, whatever the scores.');
    expect(markdown).toMatch(/\*\*Craft\*\*\n\s+- Write tests\. See /);
  });
});

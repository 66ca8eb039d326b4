import { describe, expect, test } from 'vitest';
import { compareAnswers } from '../../src/lib/assessments/compare';
import { questionGroups } from '../../src/lib/assessments/groups';
import { resultMarkdown } from '../../src/lib/assessments/markdown';
import { score } from '../../src/lib/assessments/score';
import { decodeLink, encodeLink, exportJson, importJson, readSaved, writeSaved } from '../../src/lib/assessments/state';
import { otherHtml, resultHtml } from '../../src/lib/assessments/view';
import { instruments } from '../e2e/site';
import { sampleAnswers } from '../sample-answers';

/**
 * Every real instrument, answered with the same sample answers the browser tests click, goes
 * through everything the page does with answers — scoring, the result view, Markdown, the share
 * link, the answers file, saved state and the side-by-side comparison — without a browser.
 * The browser tests run the same flow, clicking, on a sample of these instruments.
 */
const all = instruments();
const today = new Date('2026-11-21T12:00:00Z');

test('every assessment readers can take is on a page', () => {
  expect(all.length).toBeGreaterThan(0);
  for (const { page } of all) expect(page).toMatch(/^\/.*\/$/);
});

describe.each(all.map((i) => [i.assessment.id, i]))('%s', (_id, { assessment: a }) => {
  const ids = a.questions.map((q) => q.id);
  const mine = sampleAnswers(a, 1);
  const theirs = sampleAnswers(a, 2);
  const result = score(a, mine);

  test('every question is on the page in a group, and the sample answers all of them', () => {
    expect(questionGroups(a).flatMap((g) => g.questions.map((q) => q.id)).sort()).toEqual([...ids].sort());
    expect(result.answered).toBe(result.total);
    expect(result.band, 'a band for a full set of answers').toBeDefined();
  });

  test('the result view shows the band and every area with its score', () => {
    const html = resultHtml(a, result, today);
    expect(html).toContain(result.band!.label);
    for (const d of result.dimensions) {
      expect(html).toContain(`<th scope="row">${d.label.replace(/&/g, '&amp;')}</th><td>${d.percent === null ? '—' : `${Math.round(d.percent)}%`}</td>`);
    }
  });

  test('Markdown carries the title, the band and every answered question', () => {
    const markdown = resultMarkdown(a, result, mine);
    expect(markdown).toContain(`## ${a.title}`);
    expect(markdown).toContain(`**Result: ${result.band!.label}.**`);
    for (const q of a.questions) expect(markdown, q.id).toContain(q.text);
  });

  test('the share link, the answers file and saved state give back the same answers', () => {
    const link = encodeLink(a.id, mine);
    expect(decodeLink(`#${link}`, a.id, ids)).toEqual({ answers: mine });
    expect(importJson(exportJson({ id: a.id, version: a.version }, mine, 'Sam'), a.id, ids)).toMatchObject({
      answers: mine,
      label: 'Sam',
    });
    expect(readSaved(writeSaved({ answers: mine, snapshots: [] }), ids)).toEqual({
      state: { answers: mine, snapshots: [] },
    });
  });

  test('side by side with other answers, the disagreements are the areas 25 points apart', () => {
    const html = otherHtml(a, mine, theirs, 'Sam');
    const expected = compareAnswers(a, mine, theirs).filter(
      (c) => c.a !== null && c.b !== null && Math.abs(Math.round(c.b - c.a)) >= 25,
    );
    expect(html.match(/<tr class="disagree">/g) ?? []).toHaveLength(expected.length);
  });
});

describe('the burnout check', () => {
  const burnout = all.find((i) => i.assessment.id === 'burnout-risk')!.assessment;
  /** Every scale question at `value`, the time-off choice at its calmest. */
  const answered = (value: number, overrides: Record<string, number> = {}) =>
    Object.fromEntries(
      burnout.questions
        .filter((q) => q.type !== 'text')
        .map((q) => [
          q.id,
          { value: q.type === 'scale' ? (overrides[q.id] ?? value) : q.options![0]!.id },
        ]),
    );

  test('a low score with a warning-sign answer is not called low risk, and the care message shows', () => {
    const calm = score(burnout, answered(0));
    expect(calm.band?.id).toBe('low-risk');
    const hopeless = score(burnout, answered(0, { hopeless: 3 }));
    expect(hopeless.overall).toBeLessThan(25);
    expect(hopeless.band?.id).toBe('warning-sign');
    expect(hopeless.band?.text).not.toMatch(/keep the habits/i);
    expect(hopeless.flags.map((f) => f.id)).toContain('care-hopeless');
  });

  test('the plan asks for strain steps only when the result shows strain', () => {
    const strainSteps = (value: number) =>
      score(burnout, answered(value)).plan.filter((s) => /Hand back|leave booked|third time/.test(s.text)).length;
    expect(strainSteps(0)).toBe(0);
    expect(strainSteps(3)).toBe(3);
  });
});

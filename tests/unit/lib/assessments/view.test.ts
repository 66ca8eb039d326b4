import { describe, expect, test } from 'vitest';
import { score } from '../../../../src/lib/assessments/score';
import {
  esc,
  otherHtml,
  resultHtml,
  snapshotHtml,
  snapshotOptions,
  teamHtml,
} from '../../../../src/lib/assessments/view';
import { smallAssessment } from '../../helpers/assessment-fixture';

const def = smallAssessment();
const today = new Date('2026-11-21T12:00:00Z');
/** The text a reader sees in a piece of HTML, tags removed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1')
    .trim();
/** The rows of the first table body as arrays of cell texts. */
const rows = (html: string) =>
  [...html.matchAll(/<tr( class="disagree")?>(.*?)<\/tr>/g)]
    .filter((m) => !m[2]!.includes('scope="col"'))
    .map((m) => [...m[2]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!));

describe('resultHtml', () => {
  test('asks for answers until there is a result', () => {
    expect(resultHtml(def, score(def, {}), today)).toBe(
      '<p>Answer the questions above to see your result here.</p>',
    );
  });

  test('shows the band, the scores by area with a chart, the ends, the gap plan and a dated plan', () => {
    const answers = {
      tests: { value: 4, note: 'PR' },
      reviews: { value: 4 },
      mentor: { value: 'no' },
      shipped: { value: 'small' },
    };
    const html = resultHtml(def, score(def, answers), today);
    const r = score(def, answers);
    expect(text(html)).toContain(`${r.band!.label}. ${r.band!.text}`);
    expect(rows(html)).toEqual(
      r.dimensions.map((d) => [
        d.label,
        d.percent === null ? '—' : `${Math.round(d.percent)}%`,
        `${d.answered} of ${d.total}`,
      ]),
    );
    expect(html).toContain('<svg');
    expect(text(html)).toContain(
      `Your strongest area: ${r.strongest[0]!.label}. Your weakest area: ${r.weakest[0]!.label}.`,
    );
    expect(html).toContain('<time datetime="2026-12-21">2026-12-21</time>: Check in.');
    expect(html).toContain('<h4>Your gap plan</h4>');
  });

  test('areas level with the last one the gap plan takes are named beside it, not added to it', () => {
    const one = { ...def, rules: { ...def.rules, gapDimensions: 1 } };
    const r = score(one, {
      tests: { value: 2 },
      reviews: { value: 2 },
      mentor: { value: 'no' },
      'bad-day': { value: 'no' },
      shipped: { value: 'small' },
    });
    const html = resultHtml(one, r, today);
    expect(r.gapPlan.map((g) => g.label)).toEqual(['Craft']);
    expect(text(html)).toContain(
      'Also at 50%: People and Impact; the plan takes the areas this check lists first.',
    );
    expect(text(resultHtml(def, score(def, { reviews: { value: 0 } }), today))).not.toContain('Also at');
  });

  test('areas level at either end are named together, not one picked at random', () => {
    const answers = {
      tests: { value: 4 },
      reviews: { value: 4 },
      mentor: { value: 'no' },
      shipped: { value: 'small' },
    };
    const r = score(def, answers);
    const at = (percents: number[]) => {
      const dimensions = r.strongest.map((d, i) => ({ ...d, percent: percents[i]! }));
      return text(resultHtml(def, { ...r, dimensions, strongest: dimensions }, today));
    };
    const labels = r.strongest.map((d) => d.label);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    // Weakest first, as the ranking runs from that end.
    const rest = labels.slice(1).reverse();
    expect(at(labels.map((_, i) => (i === 0 ? 80 : 20)))).toContain(
      `Your strongest area: ${labels[0]}. Your weakest areas: ${rest.slice(0, -1).join(', ')} and ${rest.at(-1)}.`,
    );
    expect(at(labels.map(() => 0))).toContain('All your areas score the same: 0%.');
  });

  test('more than three areas level at one end are counted, not listed', () => {
    const r = score(def, { tests: { value: 4 }, reviews: { value: 4 }, mentor: { value: 'no' } });
    const many = ['A', 'B', 'C', 'D', 'E', 'F'].map((label, i) => ({
      ...r.strongest[0]!,
      id: label.toLowerCase(),
      label,
      percent: i < 5 ? 100 : 40,
    }));
    const html = text(resultHtml(def, { ...r, dimensions: many, strongest: many }, today));
    expect(html).toContain('5 areas share your highest score, 100%. Your weakest area: F.');
    expect(html).not.toContain('A, B');
  });

  test('counts top ratings capped for want of evidence, and marks care flags', () => {
    const answers = { tests: { value: 4 }, 'bad-day': { value: 'yes' } };
    const html = resultHtml(def, score(def, answers), today);
    expect(text(html)).toContain('1 top rating counted one step lower for want of evidence');
    expect(html).toContain('<p class="flag flag-care">Talk to someone.</p>');
  });
});

describe('comparisons', () => {
  test('beside someone else: both scores per area, disagreements marked, differing questions listed', () => {
    const html = otherHtml(def, { reviews: { value: 4 } }, { reviews: { value: 0 } }, 'Sam <manager>');
    expect(html).toContain('<h4>You and Sam &lt;manager&gt;</h4>');
    expect(rows(html)[0]).toEqual(['Craft', '100%', '0%', 'Talk about this']);
    expect(html).toContain('<tr class="disagree">');
    expect(text(html)).toContain('Questions you answered differently: I review code.');
    expect(text(otherHtml(def, {}, {}, 'Sam'))).toContain('You gave the same answers.');
  });

  test('the team view has a column per member, the median and the spread', () => {
    const html = teamHtml(def, [
      { label: 'Ana', answers: { reviews: { value: 4 } } },
      { label: 'Ben', answers: { reviews: { value: 0 } } },
    ]);
    expect(html).toContain('<th scope="col">Ana</th><th scope="col">Ben</th><th scope="col">Median</th>');
    expect(rows(html)[0]).toEqual(['Craft', '100%', '0%', '50%', '100 points (wide)']);
    // One column per person: it scrolls in a region a keyboard can focus (axe: scrollable-region-focusable).
    expect(html).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+"><table/);
  });

  test('a snapshot shows what moved', () => {
    const html = snapshotHtml(
      def,
      { takenAt: '2026-10-01T10:00:00.000Z', answers: { reviews: { value: 0 } } },
      { reviews: { value: 4 } },
    );
    expect(html).toContain('<h4>Since 2026-10-01</h4>');
    expect(rows(html)[0]).toEqual(['Craft', '0%', '100%', 'up 100']);
    expect(rows(html)[1]).toEqual(['People', '—', '—', '—']);
  });

  test('a snapshot is dated by the reader’s own calendar, not by UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      // 01:30 UTC on 29 November is 17:30 on 28 November in California.
      const html = snapshotHtml(def, { takenAt: '2026-11-29T01:30:00.000Z', answers: {} }, {});
      expect(html).toContain('<h4>Since 2026-11-28</h4>');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('snapshot options escape the date text and keep their index', () => {
    expect(snapshotOptions([{ takenAt: 'x', answers: {} }], () => '<today>')).toBe(
      '<option value="">no snapshot</option><option value="0">&lt;today&gt;</option>',
    );
    expect(esc('"a" & <b>')).toBe('&quot;a&quot; &amp; &lt;b&gt;');
  });
});

import { describe, expect, test } from 'vitest';
import { visit } from 'unist-util-visit';
import { loadHandbookFromDisk } from '../../../../src/config/read-content';
import { exportSite } from '../../../../src/lib/export/export-site';
import { parseMarkdown } from '../../../../src/lib/export/parse';
import { STYLES, TARGETS, type Target } from '../../../../src/lib/export/targets';
import { buildBooklet } from '../../../../src/lib/booklet/booklet';
import { COMP_FIELDS, COMP_FORMULA } from '../../../../src/lib/worksheets/total-comp';
import { CONTENT, ROOT } from '../../../paths';
import { websiteOnlyText } from './website-only';

/**
 * What the real handbook's pages hold must reach every export and the booklet: each checklist
 * item's `detail` and `link`, and something in place of each interactive tool. Read from the
 * real content, so a detail added tomorrow is checked too.
 */
const { handbook } = loadHandbookFromDisk(CONTENT, ROOT);
const SITE = 'https://handbook.example/hb/';
const exports = new Map<string, ReturnType<typeof exportSite>>();
const exported = (target: Target, siteUrl?: string) => {
  const key = `${target} ${siteUrl}`;
  if (!exports.has(key)) exports.set(key, exportSite({ target, handbook, siteUrl }));
  return exports.get(key)!;
};
/** A page's exported Markdown, and its text as a reader sees it (Markdown escapes undone). */
const page = (target: Target, route: string, siteUrl?: string) => {
  const result = exported(target, siteUrl);
  const markdown = result.files.get(result.fileOf.get(route)!)!;
  const words: string[] = [];
  visit(parseMarkdown(markdown), ['text', 'inlineCode'], (node) => {
    words.push((node as { value: string }).value);
  });
  return { markdown, text: oneLine(words.join(' ')) };
};
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** Pages that embed a checklist, with the checklist. */
const checklistPages = handbook.pages.flatMap((p) =>
  [...(p.text ?? '').matchAll(/<Checklist id="([^"]+)"(?: group="([^"]+)")?/g)].map(([, id, group]) => ({
    route: p.route,
    checklist: handbook.checklists.find((c) => c.id === id)!,
    group,
  })),
);

describe('checklist details and links', () => {
  const readiness = handbook.checklists.find((c) => c.id === 'production-readiness')!;
  const details = readiness.groups.flatMap((g) => g.items.flatMap((i) => (i.detail ? [i.detail] : [])));

  test('the real production-readiness checklist has details to lose', () => {
    expect(details.length).toBeGreaterThanOrEqual(30);
  });

  test.each(TARGETS)('%s: every detail of every embedded checklist is under its item', (target) => {
    for (const { route, checklist, group } of checklistPages)
      for (const g of checklist.groups.filter((x) => !group || x.id === group))
        for (const item of g.items.filter((i) => i.detail)) {
          const { text } = page(target, route);
          expect(text, `${route}: ${item.id}`).toContain(oneLine(`${item.text}`));
          expect(text, `${route}: ${item.id}`).toContain(oneLine(item.detail!));
        }
  });

  test.each(TARGETS)('%s: an item’s link is written as the target writes links', (target) => {
    const { markdown } = page(target, '/incidents/production-readiness/');
    const item = readiness.groups
      .flatMap((g) => g.items)
      .find((i) => i.link === '/incidents/slos-and-error-budgets/')!;
    expect(item).toBeDefined();
    const from = { route: '/incidents/production-readiness/', title: '', section: 'incidents', order: 0 };
    const to = handbook.pages.find((p) => p.route === item.link)!;
    const result = exported(target);
    const written = STYLES[target].link(
      { ...from, outFile: result.fileOf.get(from.route) },
      { ...to, outFile: result.fileOf.get(to.route) },
      '',
    );
    const expected =
      written.kind === 'markdown'
        ? `See [${to.title}](${written.url})`
        : `See [[${written.target}|${to.title}]]`;
    expect(markdown.replace(/\n\s*/g, ' ')).toContain(expected);
    expect(result.unresolved).toEqual([]);
  });

  test.each(TARGETS)('%s: a detail follows a hard break only where the target reads one', (target) => {
    const { markdown } = page(target, '/incidents/production-readiness/');
    const first = readiness.groups[0]!.items.find((i) => i.detail)!;
    const at = markdown.indexOf(first.text.replace(/\.$/, ''));
    const item = markdown.slice(at, markdown.indexOf('\n- [', at + 1));
    // A line ending in a backslash (CommonMark's hard break) may show the backslash in an
    // importer that does not read it; there the detail is a bullet under the item.
    if (STYLES[target].hardBreaks === false) {
      expect(markdown).not.toMatch(/\\\n/);
      expect(item).toMatch(/\n {2}- /);
    } else expect(item).toMatch(/\\\n/);
  });

  test('the booklet has every detail too', () => {
    const booklet = buildBooklet({ handbook, sections: ['incidents'], name: 'H', date: '2027-01-01' });
    const html = booklet.html
      .replace(/&#x27;/g, "'")
      .replace(/&#x26;/g, '&')
      .replace(/&quot;/g, '"');
    for (const detail of details) expect(html).toContain(detail.replace(/</g, '&#x3C;'));
  });
});

describe('interactive tools leave a note, not a gap', () => {
  const TOOL_PAGES = {
    CheckIn: '/promotions/check-ins/',
    EvidenceLog: '/promotions/brag-document/',
    TotalCompWorksheet: '/decisions/offers-and-negotiation/',
  } as const;

  test('each tool is on the page the test expects (or the test must learn of its move)', () => {
    for (const [tool, route] of Object.entries(TOOL_PAGES))
      expect(handbook.pages.find((p) => p.route === route)?.text, tool).toContain(`<${tool} />`);
  });

  test.each(TARGETS)('%s: with the site’s address, each note links to its page on the site', (target) => {
    for (const route of Object.values(TOOL_PAGES)) {
      const { markdown } = page(target, route, SITE);
      expect(markdown, route).toContain(`(${SITE}${route.slice(1)})`);
    }
  });

  test.each(TARGETS)(
    '%s: without it, each note says where the tool is, and how to do it by hand',
    (target) => {
      const checkIn = page(target, TOOL_PAGES.CheckIn).text;
      // The sentence that introduces the tool is now followed by what the tool is.
      expect(checkIn).toMatch(/rate each dimension, then share or compare\. Check-in \(an interactive tool/);
      expect(checkIn).toContain('It is on this page of the handbook’s website.');
      expect(checkIn).toContain('On paper:');
      expect(page(target, TOOL_PAGES.EvidenceLog).text).toContain('Evidence log (an interactive tool');
      const comp = page(target, TOOL_PAGES.TotalCompWorksheet).text;
      for (const field of COMP_FIELDS) expect(comp).toContain(field.label);
      expect(comp).toContain(COMP_FORMULA);
    },
  );

  test('the booklet links each tool to the site when it knows the address', () => {
    const booklet = buildBooklet({
      handbook,
      sections: ['promotions', 'decisions'],
      name: 'H',
      siteUrl: SITE,
      date: '2027-01-01',
    });
    for (const route of Object.values(TOOL_PAGES))
      expect(booklet.html).toContain(`href="${SITE}${route.slice(1)}"`);
  });
});

describe('assessment worksheets work on paper', () => {
  /** Pages that embed an assessment, with it. */
  const assessmentPages = [
    ...handbook.pages.flatMap((p) =>
      [...(p.text ?? '').matchAll(/<Assessment id="([^"]+)"/g)].map(([, id]) => ({
        route: p.route,
        assessment: handbook.assessments.find((a) => a.id === id)!,
      })),
    ),
    ...handbook.derived.map((d) => ({ route: d.route, assessment: d.assessment })),
  ];

  test('there are assessments to check, standalone and derived', () => {
    expect(assessmentPages.length).toBeGreaterThan(10);
  });

  test.each(TARGETS)('%s: every band with its cut-offs, and every area’s actions', (target) => {
    for (const { route, assessment } of assessmentPages) {
      const { text } = page(target, route);
      for (const band of assessment.bands) {
        expect(text, `${assessment.id}: ${band.id}`).toContain(oneLine(band.text));
        if (band.when?.overallAtLeast !== undefined)
          expect(text, `${assessment.id}: ${band.id}`).toContain(
            `overall ${band.when.overallAtLeast}% or more`,
          );
        if (band.when?.everyDimensionAtLeast !== undefined)
          expect(text, `${assessment.id}: ${band.id}`).toContain(
            `at ${band.when.everyDimensionAtLeast}% or more`,
          );
      }
      for (const dimension of assessment.dimensions)
        for (const action of dimension.actions)
          expect(text, `${assessment.id}: ${dimension.id}`).toContain(oneLine(action.text));
      expect(text, assessment.id).toContain('Scoring it by hand');
    }
  });
});

describe('what is true only on the website stays there; what only a copy needs is in it', () => {
  const blocks = websiteOnlyText(handbook);

  test('the handbook has text of both kinds to check', () => {
    expect(blocks.some((b) => b.exports.length > 0)).toBe(true);
    expect(handbook.assessments.filter((a) => a.onTheWebsite).length).toBeGreaterThanOrEqual(10);
  });

  test.each(TARGETS)('%s: <OnTheWebsite> is left out and <InExports> kept', (target) => {
    for (const { route, website, exports } of blocks) {
      const { text } = page(target, route);
      for (const opening of website) expect(text, route).not.toContain(opening);
      for (const opening of exports) expect(text, route).toContain(opening);
    }
    // Known to the exporter, not kept as an unknown component's content with a warning.
    expect(exported(target).warnings.filter((w) => /<(InExports|OnTheWebsite)>/.test(w))).toEqual([]);
  });

  test.each(TARGETS)('%s: a worksheet opens with its intro, without what only the website does', (target) => {
    for (const assessment of handbook.assessments.filter((a) => a.onTheWebsite)) {
      const embedding = handbook.pages.filter((p) =>
        (p.text ?? '').includes(`<Assessment id="${assessment.id}"`),
      );
      for (const { route } of embedding) {
        // The worksheet's opening paragraph (the page's own prose may say the same words of the site).
        const opening = page(target, route)
          .text.split(`Worksheet: ${assessment.title}.`)[1]
          ?.split('On paper:')[0];
        expect(opening, `${route}: ${assessment.id}`).toContain(oneLine(assessment.intro));
        expect(opening, `${route}: ${assessment.id}`).not.toContain(oneLine(assessment.onTheWebsite!));
      }
    }
  });
});

import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { linkProblems } from '../../../../src/lib/content-check/references';
import { linkFragment, pageLinks } from '../../../../src/lib/content-check/links';
import { parseMdx } from '../../../../src/lib/export/parse';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { DEFAULT_CONFIG } from '../../../../src/lib/config/parse-config';
import { termValues } from '../../../../src/lib/config/terms';
import { defaultOptions } from '../../../../src/lib/handbook/options';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';

const page = (rel: string, body: string) => ({ rel, text: pageText(rel, rel.split('/')[0]!, body) });

/** The link problems of a small handbook, as the build finds them. */
function problemsOf(pages: { rel: string; text: string }[]) {
  const parsed = parseContent(contentFiles({ pages }), termValues(DEFAULT_CONFIG));
  const { handbook } = buildHandbook(parsed.raw, defaultOptions());
  return linkProblems(handbook).map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const target = page(
  'incidents/on-call.mdx',
  '## Before your first shift\n\nText.\n\n## Handing over\n\nText.\n\n## Handing over\n\nAgain.\n\n<div id="rota-table">Rota</div>\n',
);

describe('anchors', () => {
  test('are the ids the site gives headings, numbered when two read alike, plus ids written on elements', () => {
    const { anchors } = pageLinks(parseMdx(target.text));
    expect([...anchors]).toEqual([
      '_top',
      'before-your-first-shift',
      'handing-over',
      'handing-over-1',
      'rota-table',
    ]);
  });

  test('a heading with "1:1" in it gets the id the site gives it, colon dropped, not cut short', () => {
    const { anchors } = pageLinks(parseMdx('## The 1:1 agenda\n\nText.\n'));
    expect(anchors).toContain('the-11-agenda');
  });

  test('a fragment is read decoded', () => {
    expect(linkFragment('/a/#caf%C3%A9')).toBe('café');
    expect(linkFragment('/a/#')).toBeUndefined();
    expect(linkFragment('/a/')).toBeUndefined();
  });
});

describe('link problems', () => {
  test("the links of a home page's hero buttons are checked, each at its own line", () => {
    const hero = [
      'template: splash',
      'hero:',
      '  title: Welcome',
      '  actions:',
      '    - text: Start',
      '      link: /incidents/on-call/#handing-over',
      '    - text: Broken',
      '      link: /incidents/oncall/',
      '      variant: minimal',
      '',
    ].join('\n');
    const home = { rel: 'index.mdx', text: pageText('Home', 'start', 'Text.\n', hero) };
    expect(problemsOf([target, home])).toEqual([
      'content/docs/index.mdx:14: link to /incidents/oncall/: no such page. Did you mean /incidents/on-call/?',
    ]);
  });

  test('links to pages and headings that exist, and to other sites, are fine', () => {
    const from = page(
      'start/links.mdx',
      [
        'See [the first shift](/incidents/on-call/#before-your-first-shift), [the second handover](/incidents/on-call/#handing-over-1)',
        'and [the rota](/incidents/on-call#rota-table), [the top](#_top), [this page](#intro) and [a site](https://example.com/x#y).',
        '',
        '## Intro',
        '',
        '<LinkCard title="On call" href="/incidents/on-call/" />',
      ].join('\n'),
    );
    expect(problemsOf([target, from])).toEqual([]);
  });

  test('a heading the target page does not have is a problem, naming the file, the line and the ids it has', () => {
    const from = page('start/links.mdx', 'Text.\n\nSee [the shift](/incidents/on-call/#first-shift).\n');
    expect(problemsOf([target, from])).toEqual([
      'content/docs/start/links.mdx:11: link to /incidents/on-call/#first-shift: content/docs/incidents/on-call.mdx has no heading with the id "first-shift". Its headings\' ids: before-your-first-shift, handing-over, handing-over-1, rota-table.',
    ]);
  });

  test('a link to a heading of the same page is checked against that page', () => {
    const from = page('start/links.mdx', '## Intro\n\nSee [below](#outro).\n');
    expect(problemsOf([from])[0]).toMatch(
      /^content\/docs\/start\/links\.mdx:11: link to #outro: content\/docs\/start\/links\.mdx has no heading with the id "outro"/,
    );
  });

  test('no such page, in a Markdown link, a reference definition or a component', () => {
    const from = page(
      'start/links.mdx',
      'See [one](/incidents/gone/) and [two][ref].\n\n[ref]: /incidents/also-gone/\n\n<LinkCard title="x" href="/nowhere/" />\n',
    );
    expect(problemsOf([from])).toEqual([
      'content/docs/start/links.mdx:9: link to /incidents/gone/: no such page. Check the path.',
      'content/docs/start/links.mdx:11: link to /incidents/also-gone/: no such page. Check the path.',
      'content/docs/start/links.mdx:13: link to /nowhere/: no such page. Check the path.',
    ]);
  });

  test('a relative link is a problem, whatever it points at', () => {
    const from = page('start/links.mdx', 'See [on call](../incidents/on-call/) and [here](on-call/).\n');
    // Each names the page it most likely means, from the site root.
    expect(problemsOf([target, from])).toEqual([
      'content/docs/start/links.mdx:9: link to ../incidents/on-call/: a relative link breaks when the page moves or is exported. Write it from the site root: /incidents/on-call/.',
      'content/docs/start/links.mdx:9: link to on-call/: a relative link breaks when the page moves or is exported. Write it from the site root: /incidents/on-call/.',
    ]);
    // Where the browser takes it, when a page is there; and a general example when nothing is near.
    const sibling = page(
      'incidents/rota.mdx',
      'See [on call](../on-call/#rota-table) and [x](../../zzz/qqq/).\n',
    );
    expect(problemsOf([target, sibling])).toEqual([
      'content/docs/incidents/rota.mdx:9: link to ../on-call/#rota-table: a relative link breaks when the page moves or is exported. Write it from the site root: /incidents/on-call/#rota-table.',
      'content/docs/incidents/rota.mdx:9: link to ../../zzz/qqq/: a relative link breaks when the page moves or is exported. Write it from the site root, e.g. /incidents/on-call/.',
    ]);
  });

  test('a link to no page suggests the address it most likely meant: a typo away, or moved section', () => {
    const from = page(
      'start/links.mdx',
      'See [one](/incidents/on-cal/#handing-over), [two](/playbooks/on-call/) and [three](/incidents/on-duty/).\n',
    );
    expect(problemsOf([target, from])).toEqual([
      'content/docs/start/links.mdx:9: link to /incidents/on-cal/#handing-over: no such page. Did you mean /incidents/on-call/#handing-over?',
      'content/docs/start/links.mdx:9: link to /playbooks/on-call/: no such page. Did you mean /incidents/on-call/?',
      'content/docs/start/links.mdx:9: link to /incidents/on-duty/: no such page. Check the path.',
    ]);
  });

  test('handbook check reports the same problems as the build', () => {
    const from = page(
      'start/links.mdx',
      'See [the shift](/incidents/on-call/#first-shift) and [x](/gone/).\n',
    );
    const files = contentFiles({ pages: [target, from] });
    const checked = checkContent(files).problems.filter((p) => p.message.startsWith('link to'));
    expect(checked.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(problemsOf([target, from]));
    expect(checked).toHaveLength(2);
  });
});

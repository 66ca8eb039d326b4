import { describe, expect, test } from 'vitest';
import { parsePage, checkPage } from '../../../../src/lib/content-check/page';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { formatProblem } from '../../../../src/lib/content-check/problem';
import { contentFiles } from '../../helpers/handbook-fixture';

/** A page with the handbook's fields, `fields` in place of the title line. */
const page = (fields: string) =>
  `---\n${fields}\naudience: [engineer]\nkind: about\nsection: incidents\nlastReviewed: 2026-11-01\nsources: []\n---\n\nBody.\n`;
const problemsOf = (text: string) => parsePage('p.mdx', text).problems.map((p) => `${p.line}: ${p.message}`);

describe('a page’s frontmatter is checked against the build’s schema: Starlight’s fields and the handbook’s', () => {
  test('a valid page, with Starlight’s own fields, has no problems', () => {
    const starlight = [
      'title: T',
      'description: D',
      'template: splash',
      'tableOfContents: false',
      'editUrl: false',
      'sidebar:\n  order: 2\n  label: Short',
      'hero:\n  tagline: Hi\n  actions:\n    - text: Go\n      link: /start/\n      icon: right-arrow',
    ].join('\n');
    expect(problemsOf(page(starlight))).toEqual([]);
  });

  test('titel: the missing title at the misspelt line, and the unknown key with what it meant', () => {
    expect(problemsOf(page('titel: One-on-ones'))).toEqual([
      expect.stringMatching(/^2: title: missing; every page needs a title/),
      expect.stringMatching(/^2: titel: no such field in a page's frontmatter; did you mean title\?/),
    ]);
  });

  test('an unknown optional field is reported (the build would drop it), with the field it meant', () => {
    expect(problemsOf(page('title: T\nownr: Platform team'))).toEqual([
      expect.stringMatching(/^3: ownr: no such field in a page's frontmatter; did you mean owner\?/),
    ]);
    expect(problemsOf(page('title: T\nflavour: mint'))).toEqual([
      expect.stringMatching(
        /^3: flavour: no such field .*the build ignores it.*The fields are: (?=.*\btitle\b)(?=.*\bowner\b)/,
      ),
    ]);
  });

  test('an unknown field inside one of Starlight’s objects is reported at its own line', () => {
    expect(problemsOf(page('title: T\nsidebar:\n  label: Short\n  ordre: 2'))).toEqual([
      expect.stringMatching(/^5: sidebar\.ordre: .*did you mean order\?/),
    ]);
  });

  test('Starlight’s fields are checked as the build checks them', () => {
    expect(problemsOf(page('title: 2024'))).toEqual([
      expect.stringMatching(/^2: title: .*expected string, received number; put the value in quotes/),
    ]);
    expect(problemsOf(page('title: T\ntemplate: wide'))).toEqual([expect.stringMatching(/^3: template: /)]);
    expect(problemsOf(page('title: T\nsidebar:\n  order: first'))).toEqual([
      expect.stringMatching(/^3: sidebar\.order: /),
    ]);
  });

  test('a value YAML reads as empty names the cause: a # that starts a comment, or nothing written', () => {
    expect(problemsOf(page('title: #1 mistake new managers make'))).toEqual([
      '2: title: empty, because YAML reads a # after a space as the start of a comment; put the value in quotes: title: "#1 mistake new managers make"',
    ]);
    expect(problemsOf(page('title:'))).toEqual([
      '2: title: empty; write the value after "title:" on the same line',
    ]);
  });

  test('frontmatter that is empty or a list says what a page needs', () => {
    expect(problemsOf('---\n\n---\n\nBody.\n')).toEqual([
      expect.stringMatching(
        /^1: the frontmatter is empty; write the page's fields .*title, description, audience/,
      ),
    ]);
    expect(problemsOf('---\n- title: T\n---\n\nBody.\n')).toEqual([
      expect.stringMatching(/^1: the frontmatter is a list;/),
    ]);
  });

  test('a valid page with an unknown field still gets its kind rules', () => {
    const problems = checkPage(
      'p.mdx',
      'incidents/p.mdx',
      page('title: T\nownr: x').replace('kind: about', 'kind: guide'),
    );
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ownr: /),
        expect.stringMatching(/^sources: a guide page/),
      ]),
    );
  });
});

describe('no follow-on problems for frontmatter that could not be read', () => {
  const check = (text: string) =>
    checkContent(contentFiles({ pages: [{ rel: 'incidents/p.mdx', text }] })).problems.map(formatProblem);

  test('broken YAML is one problem, not also a section in the folder "undefined"', () => {
    expect(check(page('title: T').replace('audience: [engineer]', 'audience: [engineer'))).toEqual([
      expect.stringMatching(/^content\/docs\/incidents\/p\.mdx:\d+: the frontmatter is not valid YAML/),
    ]);
  });

  test('a section that is not a section is the schema’s one problem; a valid one in the wrong folder is still reported', () => {
    expect(check(page('title: T').replace('section: incidents', 'section: incident'))).toEqual([
      expect.stringMatching(/^content\/docs\/incidents\/p\.mdx:5: section: "incident" is not a section/),
    ]);
    expect(check(page('title: T').replace('section: incidents', 'section: levels'))).toEqual([
      expect.stringMatching(/section: the page says "levels" but sits in the folder "incidents"/),
    ]);
  });

  test('the fix for a fork’s page in the wrong folder names its own layer, local/docs/', () => {
    const text = page('title: T').replace('section: incidents', 'section: levels');
    const files = {
      ...contentFiles({}),
      pages: [{ file: 'local/docs/incidents/p.mdx', rel: 'incidents/p.mdx', text }],
    };
    expect(checkContent(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^local\/docs\/incidents\/p\.mdx:5: section: .*write section: incidents, or move the file to local\/docs\/levels\/$/,
      ),
    ]);
  });
});

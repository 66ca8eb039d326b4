import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../../src/config/read-content';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { parseDataFile } from '../../../../src/lib/content-check/data-file';
import { formatProblem } from '../../../../src/lib/content-check/problem';
import type { ContentFiles } from '../../../../src/lib/handbook/raw-content';
import { ChecklistSchema } from '../../../../src/schemas/checklist';
import { LadderSchema } from '../../../../src/schemas/ladder';
import { CONTENT, ROOT } from '../../../paths';

/**
 * The handbook's own content with one file changed, checked as `npx handbook check` checks
 * it. Each test reports what the change added to the problems of the content as it is, so a
 * test is about its own mistake only.
 */
const real = readContentFiles(CONTENT, ROOT);
const before = new Set(checkContent(real).problems.map(formatProblem));
function addedBy(file: string, change: (text: string) => string): string[] {
  const swap = <T extends { file: string; text: string }>(list: T[]) =>
    list.map((f) => (f.file === file ? { ...f, text: change(f.text) } : f));
  const files: ContentFiles = {
    ...real,
    pages: swap(real.pages),
    ladders: swap(real.ladders),
    assessments: swap(real.assessments),
    checklists: swap(real.checklists),
    tables: swap(real.tables),
  };
  expect(JSON.stringify(files)).not.toBe(JSON.stringify(real)); // the change applied
  return checkContent(files)
    .problems.map(formatProblem)
    .filter((p) => !before.has(p));
}

const CHECKLIST = 'content/checklists/new-em-90-days.yaml';
const ASSESSMENT = 'content/assessments/team-health.yaml';
const LADDER = 'content/ladders/ic-engineering.yaml';

describe('links in data files are checked as page links are', () => {
  test('a checklist item’s link to no page, at its line, naming the item', () => {
    expect(
      addedBy(CHECKLIST, (t) =>
        t.replace('link: /management/one-on-ones/', 'link: /management/one-on-onez/'),
      ),
    ).toEqual([
      `${CHECKLIST}:17: groups.0.items.0.link (item "first-one-on-ones"): link to /management/one-on-onez/: no such page. Did you mean /management/one-on-ones/?`,
    ]);
  });

  test('a link to a heading the page does not have', () => {
    expect(
      addedBy(CHECKLIST, (t) =>
        t.replace('link: /management/one-on-ones/', 'link: /management/one-on-ones/#no-such-heading'),
      ),
    ).toEqual([
      expect.stringMatching(
        /^content\/checklists\/new-em-90-days\.yaml:17: groups\.0\.items\.0\.link \(item "first-one-on-ones"\): link to \/management\/one-on-ones\/#no-such-heading: content\/docs\/management\/one-on-ones\.mdx has no heading with the id "no-such-heading"/,
      ),
    ]);
  });

  test('an assessment action’s link', () => {
    const text = real.assessments.find((f) => f.file === ASSESSMENT)!.text;
    const link = /link: (\/[^\s#]+)/.exec(text)![1]!;
    const added = addedBy(ASSESSMENT, (t) => t.replace(`link: ${link}`, 'link: /nowhere/at-all/'));
    expect(added).toEqual([
      expect.stringMatching(
        /^content\/assessments\/team-health\.yaml:\d+: dimensions\.\d+\.actions\.\d+\.link: link to \/nowhere\/at-all\/: no such page/,
      ),
    ]);
  });

  test('links that lead somewhere are fine', () => {
    expect(
      addedBy(CHECKLIST, (t) =>
        t.replace('link: /management/one-on-ones/', 'link: /ladders/ic-engineering/senior/'),
      ),
    ).toEqual([]);
  });
});

describe('a data file that cannot be read is reported once, with what it needs', () => {
  test('an empty file says so and names the keys it needs, instead of Zod’s "expected object, received null"', () => {
    expect(addedBy(CHECKLIST, () => '')).toEqual([
      `${CHECKLIST}:1: the file is empty; a checklist file needs at least these keys, one per line: title, description, version, id, groups (the format is in content/checklists/README.md)`,
    ]);
  });

  test('a value that starts with " #" is named as a comment, with the quoted fix, not as "received null"', () => {
    const added = addedBy(CHECKLIST, (t) => t.replace(/^(\s+text: ).*$/m, '$1#1 thing to do first'));
    expect(added).toEqual([
      expect.stringMatching(
        /:\d+: groups\.0\.items\.0\.text: empty, because YAML reads a # after a space as the start of a comment; put the value in quotes: text: "#1 thing to do first"$/,
      ),
    ]);
  });

  test('a broken checklist is one problem: the pages that embed it are not told it does not exist', () => {
    const added = addedBy(CHECKLIST, (t) => t.replace('version: 1', 'version: [1'));
    expect(added).toEqual([
      expect.stringMatching(/^content\/checklists\/new-em-90-days\.yaml:\d+: not valid YAML/),
    ]);
  });

  test('broken YAML in a data file is reported at its own line, once per line, with the fix', () => {
    const file = 'content/ladders/t.yaml';
    const text = 'id: t\ntitle: T\nversion: 1\nlevels:\n\t- id: a\n\t- id: b\n';
    expect(parseDataFile(file, text, LadderSchema).problems).toEqual([
      {
        file,
        line: 5,
        message:
          'not valid YAML: Tabs are not allowed as indentation (also on line 6); indent with spaces, not tabs',
      },
    ]);
  });

  test('a quote never closed is reported where it opens, not at the end of the file where the parser gave up', () => {
    const file = 'content/ladders/t.yaml';
    for (const quote of ['"', "'"]) {
      const text = `id: t\ntitle: ${quote}Engineering ladder\nversion: 1\nlevels:\n  - id: a\n  - id: b\n`;
      expect(parseDataFile(file, text, LadderSchema).problems, quote).toEqual([
        {
          file,
          line: 2,
          message:
            'not valid YAML: the quote that opens this value is never closed; close the quote at the end of the value on this line, or remove it',
        },
      ]);
    }
  });

  test('a value with ": " in it is told to go in quotes, and a line without a colon is named as such', () => {
    const file = 'content/ladders/t.yaml';
    const quoted = parseDataFile(file, 'id: t\ntitle: Ladder: the IC track\nversion: 1\n', LadderSchema);
    expect(quoted.problems).toEqual([
      {
        file,
        line: 2,
        message:
          'not valid YAML: the value of title has ": " in it, which YAML reads as another key; put the value in quotes: title: "Ladder: the IC track"',
      },
    ]);
    const colonless = parseDataFile(file, 'id: t\ntitle The IC track\nversion: 1\n', LadderSchema);
    expect(colonless.problems).toEqual([
      {
        file,
        line: 2,
        message:
          'not valid YAML: this line has no colon; write the key, a colon and a space, then the value (title: My page)',
      },
    ]);
  });

  test('a broken ladder is one problem: its pages, the assessments derived from it and the template naming it are not reported', () => {
    const added = addedBy(LADDER, (t) => t.replace(/^version: \d+$/m, 'version: one'));
    expect(added).toEqual([
      expect.stringMatching(
        /^content\/ladders\/ic-engineering\.yaml:\d+: version: write the version as a whole number/,
      ),
    ]);
    expect(addedBy(LADDER, (t) => t.replace(/^version: (\d+)$/m, 'version: [$1'))).toEqual([
      expect.stringMatching(/^content\/ladders\/ic-engineering\.yaml:\d+: not valid YAML/),
    ]);
  });

  test('a checklist that exists in no file is still reported where a page embeds it', () => {
    const page = 'content/docs/playbooks/new-em-30-60-90.mdx';
    expect(
      addedBy(page, (t) => t.replace('<Checklist id="new-em-90-days"', '<Checklist id="new-em-90-dayz"')),
    ).toEqual([
      expect.stringMatching(
        /^content\/docs\/playbooks\/new-em-30-60-90\.mdx:\d+: <Checklist id="new-em-90-dayz" \/>: no such checklist/,
      ),
    ]);
  });
});

describe('unknown keys in data files', () => {
  test('titel: the missing title at the misspelt line, with no example from another kind of file, and the key it meant', () => {
    const added = addedBy(CHECKLIST, (t) => t.replace(/^title:/m, 'titel:'));
    expect(added).toEqual([
      `${CHECKLIST}:2: title: give the file a title: the name readers see, as one line of text`,
      expect.stringMatching(
        /^content\/checklists\/new-em-90-days\.yaml:2: titel: no such field in a checklist file; did you mean title\?/,
      ),
    ]);
    expect(added.join('\n')).not.toMatch(/ladder/i);
  });

  test('an unknown key in an otherwise valid file is reported, and the file is still read', () => {
    const text =
      'id: c\ntitle: C\ndescription: D\nversion: 1\nvisiblity: internal\ngroups:\n  - id: g\n    title: G\n    items:\n      - id: i\n        text: Do it.\n';
    const { data, problems } = parseDataFile('content/checklists/c.yaml', text, ChecklistSchema);
    expect(data?.id).toBe('c');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/checklists\/c\.yaml:5: visiblity: no such field in a checklist file; did you mean visibility\?/,
      ),
    ]);
  });

  test('an unknown key in a strict part of a file says what it meant too', () => {
    const text =
      'id: c\ntitle: C\ndescription: D\nversion: 1\ngroups:\n  - id: g\n    title: G\n    items:\n      - id: i\n        txt: Do it.\n';
    const { problems } = parseDataFile('content/checklists/c.yaml', text, ChecklistSchema);
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/checklists\/c\.yaml:10: groups\.0\.items\.0\.txt: .*did you mean text\?/,
        ),
      ]),
    );
  });
});

test('a key written twice inside a list item is named with the item’s place', () => {
  const text = 'id: t\ntitle: T\nversion: 1\nlevels:\n  - id: a\n  - id: b\n    id: c\n';
  const problems = parseDataFile('content/ladders/t.yaml', text, LadderSchema).problems;
  expect(problems[0]).toMatchObject({
    line: 7,
    message: expect.stringMatching(/^levels\.1\.id: written twice, first on line 6/),
  });
});

describe('a page’s levels', () => {
  test('a level no ladder has is named at the levels line, with the level it was probably meant to be', () => {
    const page = 'content/docs/levels/principal.mdx';
    expect(addedBy(page, (t) => t.replace(/^levels: \[.*\]$/m, 'levels: [principal, senoir]'))).toEqual([
      expect.stringMatching(
        /^content\/docs\/levels\/principal\.mdx:\d+: levels: "senoir" is not a level of any ladder; did you mean senior\? Levels: .*\bstaff\b/,
      ),
    ]);
  });
});

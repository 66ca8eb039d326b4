import { describe, expect, test } from 'vitest';
import { parseFrontmatter, fieldLine } from '../../../../src/lib/content-check/frontmatter';
import { checkPage } from '../../../../src/lib/content-check/page';
import { checkDataFile } from '../../../../src/lib/content-check/data-file';
import { DataFileSchema } from '../../../../src/schemas/data-file';

const page = (fields: string) => `---\ntitle: T\n${fields}\n---\n\nBody text.\n`;
const goodFields =
  'audience: [engineer]\nkind: about\nsection: incidents\nlastReviewed: 2026-11-01\nsources: []';

describe('parseFrontmatter', () => {
  test('parses the YAML between the --- lines and finds where the body starts', () => {
    const { data, bodyLine } = parseFrontmatter('a.mdx', page(goodFields));
    expect(data).toMatchObject({ title: 'T', section: 'incidents', audience: ['engineer'] });
    expect(bodyLine).toBe(9);
  });

  test('reports a file with no frontmatter', () => {
    expect(() => parseFrontmatter('a.mdx', '# Just a heading')).toThrow(/^a.mdx:1: no frontmatter/);
  });

  test('reports broken YAML with its line', () => {
    expect(() => parseFrontmatter('a.mdx', '---\ntitle: T\naudience: [engineer\n---\n')).toThrow(
      /^a.mdx:\d+: the frontmatter is not valid YAML/,
    );
  });

  test('broken YAML is reported at the line of the file it is on, with the fix', () => {
    const text = '---\ntitle: T\ndescription: D\naudience:\n\t- engineer\n---\n';
    expect(() => parseFrontmatter('a.mdx', text)).toThrow(
      /^a\.mdx:5: the frontmatter is not valid YAML: Tabs are not allowed as indentation; indent with spaces/,
    );
    expect(() => parseFrontmatter('a.mdx', '---\ntitle: T\ndescription: D\ntitle: U\n---\n')).toThrow(
      /^a\.mdx:4: title: written twice, first on line 2; keep one of them/,
    );
  });

  test('an unclosed quote is reported at its own line, not at the end of the frontmatter', () => {
    const text = '---\ntitle: "On-call\ndescription: D\naudience: [engineer]\nsection: incidents\n---\n';
    expect(() => parseFrontmatter('a.mdx', text)).toThrow(
      /^a\.mdx:2: the frontmatter is not valid YAML: the quote that opens this value is never closed/,
    );
  });

  test('an unclosed [ or { is reported at the line that opens it, with the line mended', () => {
    const text = '---\ntitle: T\ndescription: D\naudience: [engineer\nsection: incidents\n---\n';
    expect(() => parseFrontmatter('a.mdx', text)).toThrow(
      'a.mdx:4: the frontmatter is not valid YAML: the [ that opens this list is never closed; end the list with ] on this line, e.g. audience: [engineer]',
    );
    // A closed list before it is not the one named; a map says so in its own words.
    const map = '---\ntags: [a, b]\nmeta: {owner: sre,\nsection: incidents\n---\n';
    expect(() => parseFrontmatter('a.mdx', map)).toThrow(
      'a.mdx:3: the frontmatter is not valid YAML: the { that opens this set of fields is never closed; end the set of fields with } on this line, e.g. meta: {owner: sre}',
    );
  });

  test('fieldLine finds a top-level field', () => {
    expect(fieldLine(page(goodFields), 'section')).toBe(5);
    expect(fieldLine(page(goodFields), 'missing')).toBe(1);
  });
});

describe('checkPage', () => {
  test('a valid page in the folder of its section has no problems', () => {
    expect(checkPage('content/docs/incidents/x.mdx', 'incidents/x.mdx', page(goodFields))).toEqual([]);
  });

  test('a page whose section is not its folder is reported with the fix', () => {
    const [problem] = checkPage('content/docs/levels/x.mdx', 'levels/x.mdx', page(goodFields));
    expect(problem).toMatchObject({ file: 'content/docs/levels/x.mdx', line: 5 });
    expect(problem!.message).toMatch(
      /section: the page says "incidents" but sits in the folder "levels"; write section: levels/,
    );
  });

  test('the fix names the folder of the page’s own layer: local/docs/ for a fork’s page', () => {
    const [upstream] = checkPage('content/docs/levels/x.mdx', 'levels/x.mdx', page(goodFields));
    expect(upstream!.message).toMatch(/or move the file to content\/docs\/incidents\/$/);
    const [local] = checkPage('local/docs/levels/x.mdx', 'levels/x.mdx', page(goodFields));
    expect(local!.message).toMatch(/write section: levels, or move the file to local\/docs\/incidents\/$/);
    const [fixture] = checkPage(
      'tests/fixtures/forks/f/local/docs/levels/x.mdx',
      'levels/x.mdx',
      page(goodFields),
    );
    expect(fixture!.message).toMatch(/move the file to tests\/fixtures\/forks\/f\/local\/docs\/incidents\/$/);
  });

  test('pages at the top of content/docs belong to "start"', () => {
    expect(
      checkPage('content/docs/index.mdx', 'index.mdx', page(goodFields.replace('incidents', 'start'))),
    ).toEqual([]);
  });

  test('every schema problem is reported on the line of its field', () => {
    const text = page('audience: [executive]\nsection: incidents\nlastReviewed: someday');
    const problems = checkPage('f.mdx', 'incidents/f.mdx', text);
    expect(problems.map((p) => `${p.line}: ${p.message.split(':')[0]}`)).toEqual([
      '3: audience.0',
      '5: lastReviewed',
      '1: sources',
    ]);
  });
});

describe('checkDataFile', () => {
  test('a valid file has no problems', () => {
    expect(checkDataFile('l.yaml', 'title: Ladder\nversion: 1\n', DataFileSchema)).toEqual([]);
  });

  test('points at the line of the bad value and names its path', () => {
    const text =
      'title: Ladder\nversion: 1\nchangelog:\n  - version: 1\n    date: 2026-01-01\n  - version: 2\n    date: soon\n    change: x\n';
    const problems = checkDataFile('l.yaml', text, DataFileSchema);
    expect(problems.map((p) => `${p.line}: ${p.message}`).sort()).toEqual([
      '4: changelog.0.change: say in a sentence what changed, e.g. change: Split mid into two levels.',
      '7: changelog.1.date: write the date as YYYY-MM-DD, e.g. date: 2026-11-21',
    ]);
  });

  test('reports broken YAML with its line', () => {
    const [problem] = checkDataFile('l.yaml', 'title: Ladder\nversion: [1\n', DataFileSchema);
    expect(problem!.message).toMatch(/^not valid YAML/);
  });
});

describe('checkPage by kind of page', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const withKind = (kind: string, body: string, sources = '[{ title: A book }]') =>
    `---\ntitle: T\naudience: [engineer]\nkind: ${kind}\nsection: incidents\nlastReviewed: 2026-11-01\nsources: ${sources}\n---\n\n${body}\n`;
  const check = (text: string) => checkPage('p.mdx', 'incidents/p.mdx', text).map((p) => p.message);
  /** The closing section every guide and template needs (its words count as prose too). */
  const NEXT = '\n\n## Where to go next\n\n[On call](/incidents/on-call/).';

  test('a guide needs 600 words of prose, not counting code, imports and components', () => {
    expect(check(withKind('guide', words(600) + NEXT))).toEqual([]);
    const padded = `import X from 'x';\n\n${words(492)}\n\n\`\`\`markdown\n${words(200)}\n\`\`\`\n\n<X id="a b c d" />${NEXT}`;
    expect(check(withKind('guide', padded))[0]).toMatch(/at least 600 words of prose; this one has 500/);
  });

  test('guides and templates name at least one source; about pages need not', () => {
    expect(check(withKind('guide', words(700), '[]'))[0]).toMatch(
      /^sources: a guide page names at least one source/,
    );
    expect(check(withKind('about', 'Short.', '[]'))).toEqual([]);
  });

  test('a template needs a fenced block or a checklist to copy', () => {
    expect(check(withKind('template', `Only prose.${NEXT}`))[0]).toMatch(
      /a template page needs something to copy/,
    );
    expect(check(withKind('template', `\`\`\`markdown\n# Plan\n\`\`\`${NEXT}`))).toEqual([]);
    expect(check(withKind('template', `<Checklist id="x" />${NEXT}`))).toEqual([]);
  });

  test('guides and templates end with where to go next, with a link onward; about pages need not', () => {
    const missing = /ends with "## Where to go next"/;
    expect(check(withKind('guide', words(600)))).toEqual([expect.stringMatching(missing)]);
    expect(check(withKind('guide', `${words(600)}\n\n## Where to go next\n\nNowhere.`))).toEqual([
      expect.stringMatching(missing),
    ]);
    expect(check(withKind('about', 'Short.'))).toEqual([]);
  });
});

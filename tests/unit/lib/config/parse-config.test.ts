import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../../../../src/lib/config/parse-config';
import { TERM_DEFAULTS } from '../../../../src/schemas/config';

const FILE = 'handbook.config.yaml';
const problems = (text: string) => parseConfig(FILE, text).problems.map((p) => `${p.line}: ${p.message}`);

describe('parseConfig', () => {
  test('an empty file is the default config: upstream’s name, the root, every term’s default', () => {
    const { config, problems } = parseConfig(FILE, '');
    expect(problems).toEqual([]);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config!.base).toBe('/');
    expect(config!.terms).toEqual(TERM_DEFAULTS);
    expect(config!.reviewEvery).toBe('12 months');
  });

  test('reads a fork’s config, filling in the terms it leaves out', () => {
    const { config } = parseConfig(
      FILE,
      [
        'name: Acme Engineering Handbook',
        'base: /handbook/',
        'sections:',
        '  templates: false',
        '  incidents: { owner: "@sre", reviewEvery: 3 months }',
        'terms:',
        '  severityPrefix: P',
        'levels:',
        '  ic-engineering: { senior: Software Engineer III }',
        'repository: https://github.com/acme/handbook',
      ].join('\n'),
    );
    expect(config!.name).toBe('Acme Engineering Handbook');
    expect(config!.sections).toEqual({
      templates: false,
      incidents: { owner: '@sre', reviewEvery: '3 months' },
    });
    expect(config!.terms).toEqual({ ...TERM_DEFAULTS, severityPrefix: 'P' });
    expect(config!.levels).toEqual({ 'ic-engineering': { senior: 'Software Engineer III' } });
    expect(config!.repository).toEqual({ url: 'https://github.com/acme/handbook', branch: 'main' });
  });

  test('an unknown key names its path and line, and the key it probably meant', () => {
    expect(problems('name: Acme\nterms:\n  severty: priority\n')).toEqual([
      expect.stringMatching(
        /^3: terms\.severty: unknown term; the terms are: incidentChannel, .*\(did you mean severity\?\)$/,
      ),
    ]);
    expect(problems('nme: Acme\n')).toEqual([
      expect.stringMatching(/^1: nme: unknown key; .*\(did you mean name\?\)$/),
    ]);
    expect(problems('sections:\n  nope: false\n')).toEqual([
      expect.stringMatching(/^2: sections\.nope: unknown section; the sections are: start, levels/),
    ]);
  });

  test('a wrong type or a bad value says the fix', () => {
    expect(problems('base: handbook\n')).toEqual([
      '1: base: write a path that starts and ends with a slash, e.g. / or /handbook/',
    ]);
    expect(problems('reviewEvery: six months\n')).toEqual([
      '1: reviewEvery: write a period like "6 months", "2 weeks" or "1 year"',
    ]);
    expect(problems('terms:\n  pagingTool: "*PagerDuty*"\n')).toEqual([
      '2: terms.pagingTool: a term is plain words: leave out \\ ` * _ { } [ ] < > | and line breaks',
    ]);
    expect(problems('sections:\n  templates: off-ish\n')[0]).toMatch(
      /^2: sections\.templates: write true, false/,
    );
    expect(problems('name: [a, b]\n')[0]).toMatch(/^1: name: /);
  });

  test('broken YAML is reported at its line', () => {
    expect(problems('name: Acme\nterms: [unclosed\n')[0]).toMatch(/^\d: not valid YAML/);
  });

  test('an unknown key inside a section or the repository names the keys allowed there, and the one it meant', () => {
    expect(problems('name: Acme\nsections:\n  incidents:\n    reviewevery: 3 months\n')).toEqual([
      '4: sections.incidents.reviewevery: unknown key; the keys of sections.incidents are: owner, reviewEvery (did you mean reviewEvery?)',
    ]);
    expect(problems('repository: { url: https://gitlab.acme.example/eng/hb, knd: gitlab }\n')).toEqual([
      '1: repository.knd: unknown key; the keys of repository are: url, kind, branch (did you mean kind?)',
    ]);
    // No key close enough: no guess, the keys still named.
    expect(problems('sections:\n  incidents: { owner: "@sre", schedule: weekly }\n')).toEqual([
      '2: sections.incidents.schedule: unknown key; the keys of sections.incidents are: owner, reviewEvery',
    ]);
  });
});

describe('YAML that does not parse: each mistake at its own line, once', () => {
  const yaml = (...lines: string[]) => problems(lines.join('\n') + '\n');

  test('a term indented by one space: its line, not line 1, and no message repeated', () => {
    // The parser reports seven errors here, three of them on line 5 and 6 twice over.
    expect(
      yaml(
        'name: Acme',
        'terms:',
        '  incidentChannel: "#war-room"',
        ' severity: priority',
        '  severityPrefix: P',
        '  pagingTool: Opsgenie',
        '  oneOnOneDoc: 1:1 page',
      ),
    ).toEqual([
      '4: not valid YAML: All mapping items must start at the same column; indent this key and the key above it by the same number of spaces (keys under one key line up)',
      '5: not valid YAML: Nested mappings are not allowed in compact mappings (also on line 6); a key on this line or above it is indented one space too many or too few; line it up with the keys next to it',
    ]);
  });

  test('keys under a section indented differently: the line where they stop lining up', () => {
    expect(
      yaml('name: Acme', 'sections:', '  incidents:', '     owner: "@sre"', '    reviewEvery: 3 months'),
    ).toEqual([
      expect.stringMatching(/^5: not valid YAML: All mapping items must start at the same column; indent/),
    ]);
  });

  test('tabs: the first line, naming the others', () => {
    expect(yaml('name: Acme', 'terms:', '\tseverity: priority', '\tpagingTool: Opsgenie')).toEqual([
      '3: not valid YAML: Tabs are not allowed as indentation (also on line 4); indent with spaces, not tabs',
    ]);
  });

  test('a key written twice: the second one’s line and path, and where the first is', () => {
    const filler = Array.from({ length: 21 }, (_, i) => `# line ${i + 2}`);
    expect(yaml('name: Acme', ...filler, 'name: Other')).toEqual([
      '23: name: written twice, first on line 1; keep one of them',
    ]);
    expect(yaml('terms:', '  severity: priority', '  pagingTool: x', '  severity: level')).toEqual([
      '4: terms.severity: written twice, first on line 2; keep one of them',
    ]);
  });
});

describe('booklets of a section turned off', () => {
  test('are refused at their line, saying how to fix it', () => {
    const { config, problems: found } = parseConfig(
      FILE,
      'name: Acme\nsections:\n  decisions: false\nbooklets: [incidents, decisions]\n',
    );
    expect(found.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '4: booklets.1: decisions is turned off in sections (line 3); remove it from booklets or turn the section on',
    ]);
    // The rest of the config is still read, so the caller can check it too.
    expect(config?.booklets).toEqual(['incidents', 'decisions']);
    expect(problems('sections:\n  incidents: false\nbooklets:\n  - incidents\n')).toEqual([
      expect.stringMatching(/^4: booklets\.0: incidents is turned off in sections \(line 2\)/),
    ]);
  });

  test('the default booklet follows the sections quietly', () => {
    expect(problems('sections:\n  incidents: false\n')).toEqual([]);
  });
});

describe('frameAncestors', () => {
  test('defaults to nobody, and takes self and https origins', () => {
    expect(DEFAULT_CONFIG.frameAncestors).toEqual(["'none'"]);
    expect(
      parseConfig(FILE, `frameAncestors: ["'self'", https://wiki.acme.example]\n`).config!.frameAncestors,
    ).toEqual(["'self'", 'https://wiki.acme.example']);
  });

  test('refuses anything a policy could be tricked with', () => {
    expect(problems(`frameAncestors: ["*"]\n`)[0]).toMatch(
      /^1: frameAncestors\.0: write 'none', 'self' or an https:\/\/ origin/,
    );
    expect(problems(`frameAncestors: ["https://a.example; script-src *"]\n`)[0]).toMatch(/frameAncestors\.0/);
    expect(problems(`frameAncestors: ["'none'", "'self'"]\n`)[0]).toMatch(/'none' stands alone/);
  });
});

describe('booklets', () => {
  test('the incidents section by default; a list of sections, or none', () => {
    expect(DEFAULT_CONFIG.booklets).toEqual(['incidents']);
    expect(parseConfig(FILE, 'booklets: [incidents, playbooks]\n').config!.booklets).toEqual([
      'incidents',
      'playbooks',
    ]);
    expect(parseConfig(FILE, 'booklets: []\n').config!.booklets).toEqual([]);
  });

  test('an unknown section names the sections', () => {
    expect(problems('booklets: [incident]\n')[0]).toMatch(
      /^1: booklets\.0: unknown section; the sections are: start/,
    );
  });
});

test('the keys named in messages are the schema’s keys', async () => {
  const { CONFIG_KEYS, HandbookConfigSchema } = await import('../../../../src/schemas/config');
  expect([...CONFIG_KEYS].sort()).toEqual(Object.keys(HandbookConfigSchema.shape).sort());
});

test('the description is plain words, as a page may use it in its text', () => {
  const { problems } = parseConfig('handbook.config.yaml', 'name: Acme\ndescription: How we <ship> things\n');
  expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
    '2: description: the description is plain words: leave out \\ ` * _ { } [ ] < > | and line breaks',
  ]);
  expect(parseConfig('c.yaml', 'description: How we "ship" things\n').problems).toEqual([]);
});

test('a value YAML read as a comment (an unquoted #) is said to be one, with the quoted fix', () => {
  const { problems } = parseConfig(
    'handbook.config.yaml',
    'name: Acme\nterms:\n  incidentChannel: #war-room\n',
  );
  expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
    '3: terms.incidentChannel: write incidentChannel as text, e.g. incidentChannel: "#incidents" (YAML reads # as the start of a comment, so the value was empty: quote it, e.g. incidentChannel: "#war-room")',
  ]);
  // Quoted, it is the channel.
  expect(
    parseConfig('c.yaml', 'terms:\n  incidentChannel: "#war-room"\n').config?.terms.incidentChannel,
  ).toBe('#war-room');
});

test('visibility is not a config key: the message says where the edition is chosen', () => {
  const [problem] = parseConfig('handbook.config.yaml', 'visibility: public\n').problems;
  expect(problem?.message).toMatch(
    /^visibility: unknown key; .* \(the edition is chosen when building, not in the config: HANDBOOK_VISIBILITY=public npm run build\)$/,
  );
});

import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSettings, logoPath, SettingsError } from '../../../src/config/settings';

const root = mkdtempSync(join(tmpdir(), 'handbook-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text = 'x') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const problemsOf = (env: Record<string, string>) => {
  try {
    loadSettings(env, root);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
};

describe('loadSettings', () => {
  test('with no config file: upstream’s handbook, served from the root, every page', () => {
    const settings = loadSettings({}, root);
    expect(settings.configFile).toBeUndefined();
    expect(settings.layers).toEqual(['content']);
    expect(settings).toMatchObject({ base: '/', visibility: 'internal' });
    // No address configured: none is made up (pages would advertise it as their canonical one).
    expect(settings.publicSite).toBeUndefined();
    expect(settings.config.name).toBe('Engineering Handbook');
  });

  test('a fork’s config, and its local/ folder as the last content layer', () => {
    write(
      'fork/handbook.config.yaml',
      'name: Acme\nbase: /hb/\nsite: https://hb.acme.example\nlogo: ./local/logo.svg\n',
    );
    write('fork/local/logo.svg', '<svg/>');
    const settings = loadSettings({ HANDBOOK_CONFIG: 'fork/handbook.config.yaml' }, root);
    expect(settings.configFile).toBe('fork/handbook.config.yaml');
    expect(settings.layers).toEqual(['content', 'fork/local']);
    expect(settings).toMatchObject({ base: '/hb/', publicSite: 'https://hb.acme.example' });
    expect(logoPath(settings)).toBe('./fork/local/logo.svg');
  });

  test('the environment wins over the config', () => {
    const settings = loadSettings(
      {
        HANDBOOK_CONFIG: 'fork/handbook.config.yaml',
        HANDBOOK_BASE: '/docs/',
        HANDBOOK_SITE_URL: 'https://elsewhere.example',
        HANDBOOK_VISIBILITY: 'public',
        HANDBOOK_TODAY: '2027-01-02',
      },
      root,
    );
    expect(settings).toMatchObject({
      base: '/docs/',
      publicSite: 'https://elsewhere.example',
      visibility: 'public',
    });
    expect(settings.today.toISOString()).toBe('2027-01-02T00:00:00.000Z');
  });

  test('every mistake is named, with where it is and the fix', () => {
    write('bad/handbook.config.yaml', 'name: Acme\nterms:\n  severty: priority\nlogo: ./missing.svg\n');
    expect(problemsOf({ HANDBOOK_CONFIG: 'bad/handbook.config.yaml' })).toEqual([
      expect.stringMatching(/^bad\/handbook\.config\.yaml:3: terms\.severty: unknown term/),
    ]);
    expect(problemsOf({ HANDBOOK_CONFIG: 'nowhere.yaml' })).toEqual([
      expect.stringMatching(
        /^HANDBOOK_CONFIG:1: .*nowhere\.yaml does not exist; fix the path or unset HANDBOOK_CONFIG$/,
      ),
    ]);
    expect(
      problemsOf({ HANDBOOK_BASE: 'hb', HANDBOOK_VISIBILITY: 'secret', HANDBOOK_TODAY: 'tomorrow' }),
    ).toEqual([
      'HANDBOOK_BASE:1: "hb": write a path that starts and ends with a slash, e.g. /handbook/',
      'HANDBOOK_VISIBILITY:1: "secret": use public or internal',
      'HANDBOOK_TODAY:1: "tomorrow": write the date as YYYY-MM-DD',
    ]);
    write('nologo/handbook.config.yaml', 'logo: ./local/none.svg\n');
    expect(problemsOf({ HANDBOOK_CONFIG: 'nologo/handbook.config.yaml' })).toEqual([
      'nologo/handbook.config.yaml:1: logo: ./local/none.svg does not exist next to nologo/handbook.config.yaml',
    ]);
  });
});

describe('loadSettings refuses settings that would break the site', () => {
  test('a base that is also the address of the handbook’s own pages, a repository of unknown kind, a day that does not exist', () => {
    write('taken/handbook.config.yaml', 'base: /ladders/\nrepository: https://git.acme.example/eng/hb\n');
    expect(
      problemsOf({ HANDBOOK_CONFIG: 'taken/handbook.config.yaml', HANDBOOK_TODAY: '2026-02-30' }),
    ).toEqual([
      expect.stringMatching(
        /^taken\/handbook\.config\.yaml:2: repository: cannot tell whether git\.acme\.example is GitHub or GitLab/,
      ),
      expect.stringMatching(
        /^taken\/handbook\.config\.yaml:1: base "\/ladders\/" is also where the handbook's own pages live/,
      ),
      'HANDBOOK_TODAY:1: "2026-02-30": write the date as YYYY-MM-DD',
    ]);
    expect(problemsOf({ HANDBOOK_BASE: '/start/' })[0]).toMatch(/^HANDBOOK_BASE:1: base "\/start\/"/);
  });
});

describe('the config’s level titles are checked with the rest of the config', () => {
  // Two content layers: upstream's (HANDBOOK_CONTENT_DIR) and the fork's local/, which adds a
  // ladder of its own and replaces one of upstream's.
  write(
    'titles/content/ladders/ic-engineering.yaml',
    'id: ic-engineering\nlevels:\n  - id: mid\n  - id: senior\n',
  );
  write('titles/content/ladders/old-track.yaml', 'id: old-track\nlevels:\n  - id: one\n  - id: two\n');
  write('titles/content/ladders/_draft.yaml', 'id: _draft\nlevels:\n  - id: a\n');
  write('titles/fork/local/ladders/acme-sre.yaml', 'id: acme-sre\nlevels:\n  - id: sre1\n  - id: sre2\n');
  write('titles/fork/local/ladders/old-track.yaml', 'id: old-track\nlevels:\n  - id: three\n  - id: four\n');
  write('titles/fork/local/ladders/broken.yaml', 'id: broken\nlevels: [unclosed\n');
  const titles = (text: string) => {
    write('titles/fork/handbook.config.yaml', text);
    return problemsOf({
      HANDBOOK_CONFIG: 'titles/fork/handbook.config.yaml',
      HANDBOOK_CONTENT_DIR: 'titles/content',
    });
  };
  const FILE = 'titles/fork/handbook.config.yaml';

  test('a misspelt level: its line, its whole path, what it meant and the levels there are', () => {
    expect(
      titles(
        [
          '# Acme',
          'name: Acme',
          ...Array(8).fill('#'),
          'levels:',
          '  ic-engineering: { senoir: "Senior Engineer II" }',
        ].join('\n'),
      ),
    ).toEqual([
      `${FILE}:12: levels.ic-engineering.senoir: ladder "ic-engineering" has no level "senoir" (did you mean senior?); use one of its level ids: mid, senior`,
    ]);
  });

  test('a misspelt ladder: its line, what it meant and the ladders there are, the fork’s own among them', () => {
    expect(titles('name: Acme\nlevels:\n  ic-engineerin:\n    senior: Senior Engineer II\n')).toEqual([
      `${FILE}:3: levels.ic-engineerin: there is no ladder "ic-engineerin" (did you mean ic-engineering?); use one of the ladder ids: acme-sre, broken, ic-engineering, old-track`,
    ]);
  });

  test('the fork’s own ladders and its replaced ones are what titles may name', () => {
    expect(
      titles('levels:\n  acme-sre: { sre2: Senior SRE }\n  old-track: { four: Lead }\n  broken: { x: Y }\n'),
    ).toEqual([]);
    expect(titles('levels:\n  old-track:\n    one: First\n')).toEqual([
      `${FILE}:3: levels.old-track.one: ladder "old-track" has no level "one"; use one of its level ids: three, four`,
    ]);
  });

  test('with another config mistake, both are reported', () => {
    expect(
      titles(
        'sections:\n  decisions: false\nbooklets: [decisions]\nlevels:\n  ic-engineering: { staff: Staff }\n',
      ),
    ).toEqual([
      expect.stringMatching(/:3: booklets\.0: decisions is turned off in sections/),
      expect.stringMatching(
        /:5: levels\.ic-engineering\.staff: ladder "ic-engineering" has no level "staff";/,
      ),
    ]);
  });

  test('the ladders are the files the content loader reads, by file name', async () => {
    const { laddersIn } = await import('../../../src/config/settings');
    const { readContentFiles } = await import('../../../src/config/read-content');
    const { fileName } = await import('../../../src/lib/handbook/parse-content');
    const layers = ['titles/content', 'titles/fork/local'];
    expect(laddersIn(layers, root).map((l) => l.id)).toEqual(
      readContentFiles(layers, root)
        .ladders.map((f) => fileName(f.file))
        .sort(),
    );
  });
});

describe('pages a fork leaves out are checked with the rest of the config', () => {
  write('pagesoff/content/docs/index.mdx');
  write('pagesoff/content/docs/start/fork-and-self-host.mdx');
  write('pagesoff/content/docs/incidents/index.mdx');
  write('pagesoff/fork/local/docs/start/welcome.md');
  const FILE = 'pagesoff/fork/handbook.config.yaml';
  const pagesOff = (lines: string[]) => {
    write(FILE, ['name: Acme', 'pages:', ...lines.map((l) => `  ${l}`), ''].join('\n'));
    return problemsOf({ HANDBOOK_CONFIG: FILE, HANDBOOK_CONTENT_DIR: 'pagesoff/content' });
  };

  test('pages of either layer may be left out', () => {
    expect(pagesOff(['/start/fork-and-self-host/: false', '/start/welcome/: false'])).toEqual([]);
  });

  test('a section’s own page is left out with its section, not alone', () => {
    expect(pagesOff(['/incidents/: false'])).toEqual([
      `${FILE}:3: pages./incidents/: a section's own page cannot be left out alone; to leave the section out, write incidents: false under sections:`,
    ]);
  });

  test('an address that is no page: its line, the page it probably meant, how to write one', () => {
    expect(pagesOff(['/start/fork-and-self-host/: false', '/start/fork-and-selfhost/: false'])).toEqual([
      `${FILE}:4: pages./start/fork-and-selfhost/: "/start/fork-and-selfhost/" is not a page of the handbook. Did you mean "/start/fork-and-self-host/"? Write the page's address as the site shows it, e.g. /start/fork-and-self-host/`,
    ]);
  });

  test('the home page cannot be left out', () => {
    expect(pagesOff(['/: false'])[0]).toMatch(/pages\.\/: the home page cannot be left out/);
  });
});

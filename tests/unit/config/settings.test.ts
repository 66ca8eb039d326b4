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

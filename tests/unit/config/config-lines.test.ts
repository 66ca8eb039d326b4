import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSettings, SettingsError } from '../../../src/config/settings';

const root = mkdtempSync(join(tmpdir(), 'handbook-config-lines-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The problems `loadSettings` finds in a config file with `text`, as `file:line: message`. */
function problemsOf(name: string, text: string): string[] {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'handbook.config.yaml'), text);
  try {
    loadSettings({ HANDBOOK_CONFIG: `${name}/handbook.config.yaml` }, root);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('a problem with a config value points at the line of its key', () => {
  test('a logo that does not exist, on the logo: line', () => {
    expect(problemsOf('logo', 'name: Acme\ndescription: Our handbook.\nlogo: ./local/missing.svg\n')).toEqual(
      [
        'logo/handbook.config.yaml:3: logo: ./local/missing.svg does not exist next to logo/handbook.config.yaml',
      ],
    );
  });

  test('a base taken by the handbook’s own pages, on the base: line', () => {
    expect(problemsOf('base', 'name: Acme\n\nbase: /ladders/\n')).toEqual([
      expect.stringMatching(/^base\/handbook\.config\.yaml:3: base "\/ladders\/" is also where/),
    ]);
  });
});

import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSettings, SettingsError } from '../../../src/config/settings';

/** HANDBOOK_SITE_URL is held to the same rule as `site:` in the config: a full http(s) address. */
const root = mkdtempSync(join(tmpdir(), 'handbook-site-url-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const problems = (value: string) => {
  try {
    loadSettings({ HANDBOOK_SITE_URL: value }, root);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    throw error;
  }
};

describe('HANDBOOK_SITE_URL', () => {
  test('refuses what the config refuses, naming the variable and the fix', () => {
    for (const bad of ['foo', 'ftp://handbook.acme.example', 'handbook.acme.example'])
      expect(problems(bad), bad).toEqual([
        `HANDBOOK_SITE_URL:1: "${bad}": write the full address, e.g. https://handbook.acme.example`,
      ]);
  });

  test('accepts a full address, and an empty value leaves the address unset', () => {
    expect(loadSettings({ HANDBOOK_SITE_URL: ' https://hb.acme.example ' }, root).publicSite).toBe(
      'https://hb.acme.example',
    );
    expect(loadSettings({ HANDBOOK_SITE_URL: ' ' }, root).publicSite).toBeUndefined();
  });
});

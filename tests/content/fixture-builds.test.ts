import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Runs the real `astro build` on a fixture handbook (tests/fixtures/<name>/content) into a
 * temporary folder and returns its exit code and everything it printed.
 */
function buildFixture(name: string): { code: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), `handbook-${name}-`));
  try {
    const result = spawnSync('astro', ['build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        HANDBOOK_CONTENT_DIR: `tests/fixtures/${name}/content`,
        HANDBOOK_OUT_DIR: join(scratch, 'dist'),
        HANDBOOK_CACHE_DIR: join(scratch, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    // Strip ANSI colour codes so assertions read plain text.
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { code: result.status, output };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('the build refuses bad content and says where it is', () => {
  test('a page with a bad frontmatter field fails, naming the file, the field and what is allowed', () => {
    const { code, output } = buildFixture('bad-frontmatter');
    expect(code).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-frontmatter/content/docs/start/bad-page.mdx');
    expect(output).toContain('audience.0: "executives" is not an audience; use one of: engineer, manager, team');
  });

  test('a page with a broken internal link fails, naming the file and the link', () => {
    const { code, output } = buildFixture('broken-link');
    expect(code).not.toBe(0);
    expect(output).toContain('start/linking-page.mdx');
    expect(output).toContain('/start/no-such-page/');
    expect(output).toMatch(/Found 1 invalid link in 1 file/);
  });

  test('a ladder with a dimension missing at one level fails, naming the file and the path inside it', () => {
    const { code, output } = buildFixture('bad-ladder');
    expect(code).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-ladder/content/ladders/missing-dimension.yaml');
    expect(output).toContain('levels[2].dimensions.mentoring is missing');
  });

  test('a data file with a wrong type fails, naming the file and the field', () => {
    const { code, output } = buildFixture('bad-data-file');
    expect(code).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-data-file/content/ladders/broken-ladder.yaml');
    expect(output).toContain('version: write the version as a whole number');
  });
});

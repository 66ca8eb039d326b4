import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuilder } from './astro-build';
import { readContentFiles } from '../../src/config/read-content';
import { checkContent } from '../../src/lib/content-check/check-content';
import { FIXTURES } from '../paths';

const HANDBOOKS = join(FIXTURES, 'handbooks');
const build = astroBuilder();
// Run as in a fork whose own settings are in effect (its level titles name a ladder these
// fixtures do not have; its base is /hb/): a fixture is still built as upstream builds it.
beforeAll(() => {
  vi.stubEnv('HANDBOOK_CONFIG', 'tests/fixtures/forks/acme/handbook.config.yaml');
  vi.stubEnv('HANDBOOK_BASE', '/hb/');
});
afterAll(() => vi.unstubAllEnvs());

/** Runs the real `astro build` on a fixture handbook (tests/fixtures/handbooks/<name>/content). */
const buildFixture = (name: string) =>
  build(name, { HANDBOOK_CONTENT_DIR: `tests/fixtures/handbooks/${name}/content` });

/** What `npx handbook check` reports for a fixture (the same function, run in-process). */
function checkFixture(name: string) {
  const root = join(HANDBOOKS, name);
  return checkContent(readContentFiles(join(root, 'content'), root)).problems;
}

/** Each fixture with one deliberate mistake, and what the build and `handbook check` must both say. */
const BROKEN: { name: string; file: string; says: string }[] = [
  {
    name: 'bad-frontmatter',
    file: 'content/docs/start/bad-page.mdx',
    says: 'audience.0: "executives" is not an audience; use one of: engineer, manager, team',
  },
  {
    name: 'broken-link',
    file: 'content/docs/start/linking-page.mdx',
    says: 'link to /start/no-such-page/: no such page',
  },
  {
    name: 'bad-ladder',
    file: 'content/ladders/missing-dimension.yaml',
    says: 'levels[2].dimensions.mentoring is missing',
  },
  {
    name: 'bad-data-file',
    file: 'content/ladders/broken-ladder.yaml',
    says: 'version: write the version as a whole number',
  },
  {
    name: 'ladder-id-mismatch',
    file: 'content/ladders/renamed-ladder.yaml',
    says: 'id "small-ladder" does not match the file name; rename the file to small-ladder.yaml or write id: renamed-ladder',
  },
  {
    name: 'section-mismatch',
    file: 'content/docs/start/wrong-section.mdx',
    says: 'section: the page says "incidents" but sits in the folder "start"',
  },
];

describe('the build and `handbook check` refuse the same bad content, naming the same file', () => {
  test.each(BROKEN.map((c) => [c.name, c]))('%s', (name, { file, says }) => {
    const built = buildFixture(name);
    expect(built.code).not.toBe(0);
    expect(built.output).toContain(`tests/fixtures/handbooks/${name}/${file}`);
    expect(built.output).toContain(says);

    const problems = checkFixture(name);
    expect([...new Set(problems.map((p) => p.file))]).toEqual([file]);
    expect(problems.map((p) => p.message).join('\n')).toContain(says);
  });

  test('the build names the broken link’s line, before building anything', () => {
    const { output } = buildFixture('broken-link');
    expect(output).toContain(
      'tests/fixtures/handbooks/broken-link/content/docs/start/linking-page.mdx:11: link to /start/no-such-page/: no such page. Check the path.',
    );
    expect(output).not.toMatch(/page\(s\) built|generating static routes/);
  });
});

describe('a handbook with assessments derived from two ladders', () => {
  test('builds a page for every derived check, each linking its own ladder; check agrees it is valid', () => {
    const { code, output, dist } = buildFixture('derived-from-two-ladders');
    expect(code, output).toBe(0);
    for (const [template, ladder] of [
      ['readiness', 'small-ladder'],
      ['em-readiness', 'small-em-ladder'],
    ]) {
      for (const level of ['regular', 'lead']) {
        const page = join(dist, 'assessments', template!, level, 'index.html');
        expect(existsSync(page), page).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain(`href="/ladders/${ladder}/${level}/"`);
      }
      expect(existsSync(join(dist, 'assessments', template!, 'starter'))).toBe(false);
    }
    expect(checkFixture('derived-from-two-ladders')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { astroBuilder } from './astro-build';
import { readContentFiles } from '../../src/config/read-content';
import { checkContent } from '../../src/lib/content-check/check-content';

/**
 * Mistakes that Sätteri parses without a word but that stop the real build, found by `npx
 * handbook check` at their file and line: a misspelt required field (the collection's schema
 * fails), a component the page does not import and a name in `{…}` it does not define (the
 * page fails to render). And a page using what every MDX page has (its frontmatter, props,
 * exports, Fragment, comments) builds and passes the check: the check must not be stricter
 * than the build there.
 */
const scratch = mkdtempSync(join(tmpdir(), 'handbook-check-vs-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const build = astroBuilder();
// Run as in a fork whose own settings are in effect (its level titles name a ladder these
// fixtures do not have; its base is /hb/): a fixture is still built as upstream builds it.
beforeAll(() => {
  vi.stubEnv('HANDBOOK_CONFIG', 'tests/fixtures/forks/acme/handbook.config.yaml');
  vi.stubEnv('HANDBOOK_BASE', '/hb/');
});
afterAll(() => vi.unstubAllEnvs());

const FRONTMATTER = `---
title: A page
description: A one-page handbook for the tests.
audience: [engineer]
section: start
kind: about
lastReviewed: 2026-11-01
sources: []
---
`;
const BODY = `
export const n = 2;

Title {frontmatter.title}, props {props.x}, {typeof url} {typeof file}, n {n + 1}, {Math.max(1, 2)}, {[1, 2].map((i) => i * 2).join(' ')}.

<Fragment>inside a fragment</Fragment>

{/* a note for authors */}
`;

/** Writes a one-page handbook whose page is `text`, builds it and checks it. */
function handbook(name: string, text: string) {
  const root = join(scratch, name);
  mkdirSync(join(root, 'content', 'docs', 'start'), { recursive: true });
  writeFileSync(join(root, 'content', 'docs', 'start', 'page.mdx'), text);
  const built = build(name, { HANDBOOK_CONTENT_DIR: join(root, 'content') });
  const problems = checkContent(readContentFiles(join(root, 'content'), root)).problems;
  return { built, problems, root };
}

describe('handbook check finds what stops the build, at its line', () => {
  test('a page using only what MDX pages have builds, and the check agrees', () => {
    const { built, problems } = handbook('fine', FRONTMATTER + BODY);
    expect(built.code, built.output).toBe(0);
    expect(readFileSync(join(built.dist, 'start', 'page', 'index.html'), 'utf8')).toContain(
      'Title A page, props , string string, n 3, 2, 2 4.',
    );
    expect(problems).toEqual([]);
  });

  test.each([
    {
      name: 'titel',
      text: FRONTMATTER.replace('title:', 'titel:') + BODY,
      build: /title: Required/,
      check: [
        { at: 'titel:', message: /^title: missing/ },
        { at: 'titel:', message: /^titel: .*did you mean title\?/ },
      ],
    },
    {
      name: 'unknown-component',
      text: `${FRONTMATTER + BODY}\n<Foo bar="1" />\n`,
      build: /Expected component `Foo` to be defined/,
      check: [{ at: '<Foo', message: /^<Foo>: Foo is not imported on this page.*or remove it\.$/ }],
    },
    {
      name: 'undefined-name',
      text: `${FRONTMATTER + BODY}\nUse {x + 1} items.\n`,
      build: /x is not defined/,
      check: [{ at: '{x + 1}', message: /^\{x \+ 1\}: x is not defined on this page/ }],
    },
  ])('$name', ({ name, text, build: fails, check }) => {
    const { built, problems } = handbook(name, text);
    expect(built.code, built.output).not.toBe(0);
    expect(built.output).toMatch(fails);
    expect(problems.map((p) => ({ file: p.file, line: p.line, message: p.message }))).toEqual(
      check.map((c) => ({
        file: 'content/docs/start/page.mdx',
        line: text.split('\n').findIndex((l) => l.includes(c.at)) + 1,
        message: expect.stringMatching(c.message),
      })),
    );
  });
});

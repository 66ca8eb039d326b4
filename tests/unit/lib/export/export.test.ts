import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { exportSite, type ExportResult } from '../../../../src/lib/export/export-site';
import { TARGETS, STYLES, type Target } from '../../../../src/lib/export/targets';
import { FIXTURES } from '../../../paths';
import { exportHandbook, SAMPLE_ROUTE } from './export-handbook';

/**
 * Fixture tests for the exporter, one folder per transform (as remark plugins test theirs):
 * tests/fixtures/export/<case>/input.mdx is the page under test in a small handbook; it is
 * exported to every target and compared with <case>/<target>.md. `page-with-everything` runs
 * every transform at once. Run with UPDATE=1 to rewrite the expected files after an intended
 * change, then read the diff.
 */
const EXPORT_FIXTURES = join(FIXTURES, 'export');
const CASES = readdirSync(EXPORT_FIXTURES).filter((name) =>
  statSync(join(EXPORT_FIXTURES, name)).isDirectory(),
);

const exported = new Map<string, { result: ExportResult; output: string }>();
/** The page under test, exported to a target, with the export's whole result (made once). */
function exportCase(name: string, target: Target) {
  const key = `${name}/${target}`;
  if (!exported.has(key)) {
    const handbook = exportHandbook(readFileSync(join(EXPORT_FIXTURES, name, 'input.mdx'), 'utf8'));
    const page = handbook.pages.find((p) => p.route === SAMPLE_ROUTE)!;
    const result = exportSite({ target, handbook });
    exported.set(key, { result, output: result.files.get(STYLES[target].file(page))! });
  }
  return exported.get(key)!;
}

/** The output as HTML, rendered by micromark with GFM (the reference for GitHub's renderer). */
const renderGfm = (markdown: string) =>
  micromark(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });

test('the fixture folders are the transforms, plus the page with everything', () => {
  expect(CASES.sort()).toEqual(
    [
      'asides',
      'components',
      'links',
      'page-frame',
      'page-with-everything',
      'remove-esm',
      'stray-directives',
    ].sort(),
  );
});

for (const name of CASES) {
  describe(`export fixture "${name}"`, () => {
    test('has an expected file for every target, and nothing else', () => {
      expect(readdirSync(join(EXPORT_FIXTURES, name)).sort()).toEqual(
        ['input.mdx', ...TARGETS.map((t) => `${t}.md`)].sort(),
      );
    });

    for (const target of TARGETS) {
      test(`matches ${target}.md`, () => {
        const { result, output } = exportCase(name, target);
        const expectedFile = join(EXPORT_FIXTURES, name, `${target}.md`);
        if (process.env.UPDATE) writeFileSync(expectedFile, output);
        expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE=1`).toBe(true);
        expect(output).toBe(readFileSync(expectedFile, 'utf8'));

        expect(result.unresolved).toEqual([]);
        expect(output).not.toMatch(/^(import|export) |<\/?([A-Z][A-Za-z]*|kbd)\b|\{\/\*/m);
        const html = renderGfm(output);
        expect(html).not.toMatch(/&lt;[A-Z]|\{\/\*|^import /m);
        if (target !== 'docusaurus') expect(html).not.toContain(':::');
      });
    }
  });
}

describe('the page with everything, rendered as GitHub would', () => {
  for (const target of TARGETS) {
    test(`${target}: tables, task lists and links come out as HTML, no markup leaks`, () => {
      const { result, output } = exportCase('page-with-everything', target);
      expect(result.dropped).toEqual(['/nowhere/']);
      const html = renderGfm(output);
      expect(html).toContain('<table>');
      expect(html.match(/<input type="checkbox" disabled="" \/>/g)).toHaveLength(2);
      expect(html).not.toMatch(/&lt;[A-Z]|\{\/\*|^import /m);
      if (target !== 'docusaurus') expect(html).not.toContain(':::');
    });
  }
});

import { describe, expect, test } from 'vitest';
import { exportGate } from '../../../../src/lib/export/content-gate';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import { formatProblem } from '../../../../src/lib/content-check/problem';
import { defaultOptions } from '../../../../src/lib/handbook/options';
import { buildHandbook } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { parseMdx } from '../../../../src/lib/export/parse';
import { templateProblems } from '../../../../src/lib/templates/templates';
import type { ContentFiles } from '../../../../src/lib/handbook/raw-content';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';

/**
 * The check an export runs first: exactly what `handbook check` reports, but the writing rules
 * (a page too short, without sources or "Where to go next", a copyable block without a title),
 * which the build only prints and which must not stop a fork exporting while a draft is open.
 */
const checklist = {
  id: 'sample',
  title: 'Sample',
  description: 'A sample checklist.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-01', change: 'First.' }],
  groups: [{ id: 'first', title: 'First', items: [{ id: 'a', text: 'Do it' }] }],
};
const about = (title: string, section: string, body: string, extra = '') =>
  pageText(title, section, body, `kind: about\n${extra}`);

/** A handbook with one page of each mistake, and one page that only breaks the writing rules. */
function brokenFiles(): ContentFiles {
  const files = contentFiles({
    pages: [
      { rel: 'index.mdx', text: about('Home', 'start', 'Home.\n') },
      { rel: 'incidents/bad-yaml.mdx', text: '---\ntitle: [unclosed\nsection: incidents\n---\n\nText.\n' },
      {
        rel: 'incidents/bad-audience.mdx',
        text: about('Audience', 'incidents', 'Text.\n').replace('[engineer]', '[wizard]'),
      },
      { rel: 'incidents/bad-term.mdx', text: about('Term', 'incidents', 'Page {{noSuchTerm}} now.\n') },
      { rel: 'incidents/relative.mdx', text: about('Relative', 'incidents', 'See [rel](../feedback/).\n') },
      { rel: 'incidents/embeds.mdx', text: about('Embeds', 'incidents', '<Checklist id="broken" />\n') },
      {
        // A guide that is short, names no source, has no "Where to go next", and an unnamed block.
        rel: 'incidents/draft.mdx',
        text: pageText('Draft', 'incidents', 'Short.\n\n```markdown\n# A template\n```\n'),
      },
      // A template page with nothing to copy yet.
      {
        rel: 'incidents/draft-template.mdx',
        text: pageText('Form', 'incidents', 'Soon.\n', 'kind: template\n'),
      },
    ],
    checklists: [checklist],
  });
  files.checklists.push({ file: 'content/checklists/broken.yaml', text: 'id: broken\ntitle: [unclosed\n' });
  return files;
}

describe('a handbook with mistakes', () => {
  const files = brokenFiles();
  const gate = exportGate(files, defaultOptions());
  const check = checkContent(files, defaultOptions()).problems.map(formatProblem);
  const found = gate.problems.map(formatProblem);

  test('each mistake stops the export, at its file and line', () => {
    const at = (file: string) => found.filter((p) => p.startsWith(`content/${file}:`));
    expect(at('docs/incidents/bad-yaml.mdx').join('\n')).toMatch(/not valid YAML/);
    expect(at('docs/incidents/bad-audience.mdx').join('\n')).toMatch(/"wizard" is not an audience/);
    expect(at('docs/incidents/bad-term.mdx').join('\n')).toMatch(/\{\{noSuchTerm\}\}/);
    expect(at('docs/incidents/relative.mdx').join('\n')).toMatch(/link to \.\.\/feedback\/: a relative link/);
    // The broken YAML file is named itself, not only the page that embeds it.
    expect(at('checklists/broken.yaml').join('\n')).toMatch(/not valid YAML/);
  });

  test('it reports what `handbook check` reports, in its order, but the writing rules', () => {
    // The writing rules the long way: the model's warnings, and each page's unnamed blocks.
    const built = buildHandbook(parseContent(files).raw, defaultOptions());
    const writing = new Set(
      [
        ...built.warnings,
        ...built.handbook.pages.flatMap((page) => {
          try {
            return templateProblems(page.file, parseMdx(page.text!), built.handbook);
          } catch {
            return [];
          }
        }),
      ].map(formatProblem),
    );
    expect(found).toEqual(check.filter((p) => !writing.has(p)));
    const left = check.filter((p) => !found.includes(p));
    // The guide: short, no sources, no "Where to go next", an unnamed block; the template: three.
    expect(left.length).toBeGreaterThanOrEqual(7);
    for (const p of left) expect(p, p).toMatch(/^content\/docs\/incidents\/draft(-template)?\.mdx:/);
  });
});

test('a draft alone stops nothing; every page comes parsed, for the export to reuse', () => {
  const files = contentFiles({
    pages: [
      { rel: 'index.mdx', text: about('Home', 'start', 'Home.\n') },
      { rel: 'incidents/draft.mdx', text: pageText('Draft', 'incidents', 'Short.\n') },
    ],
  });
  expect(checkContent(files, defaultOptions()).problems.length).toBeGreaterThan(0);
  const gate = exportGate(files, defaultOptions());
  expect(gate.problems).toEqual([]);
  expect([...gate.parsed.keys()].sort()).toEqual(['/', '/incidents/draft/']);
  expect(gate.parsed.get('/incidents/draft/')!.children.at(-1)).toMatchObject({ type: 'paragraph' });
});

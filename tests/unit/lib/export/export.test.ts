import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSite } from '../../../../src/lib/export/export-site';
import { TARGETS, STYLES } from '../../../../src/lib/export/targets';
import { handbookOf } from '../../helpers/handbook-fixture';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { FIXTURES } from '../../../paths';

/**
 * Fixture tests for the exporter: tests/fixtures/export/<case>/input.mdx is exported to every
 * target and compared with <case>/<target>.md. Run with UPDATE=1 to rewrite the expected files
 * after an intended change, then read the diff.
 */
const EXPORT_FIXTURES = join(FIXTURES, 'export');
const other = `---\ntitle: The other page\naudience: [engineer]\nsection: incidents\nlastReviewed: 2026-11-01\nsources: []\n---\n\n## Second part\n\nText.\n`;
const checklist = {
  id: 'sample',
  title: 'Sample',
  description: 'A sample checklist.',
  version: 1,
  changelog: [{ version: 1, date: '2026-11-01', change: 'First.' }],
  groups: [
    {
      id: 'first',
      title: 'First steps',
      items: [
        { id: 'a', text: 'Open the channel', owner: 'commander' },
        { id: 'b', text: 'Name a scribe' },
      ],
    },
    { id: 'second', title: 'Later', items: [{ id: 'c', text: 'Write the postmortem' }] },
  ],
};

for (const name of readdirSync(EXPORT_FIXTURES)) {
  describe(`export fixture "${name}"`, () => {
    const input = readFileSync(join(EXPORT_FIXTURES, name, 'input.mdx'), 'utf8');
    for (const target of TARGETS) {
      test(`matches ${target}.md`, () => {
        const result = exportSite({
          target,
          handbook: handbookOf({
            pages: [
              { rel: 'incidents/sample.mdx', text: input },
              { rel: 'incidents/other.mdx', text: other },
            ],
            checklists: [checklist],
          }),
        });
        const page = {
          route: '/incidents/sample/',
          title: 'A page with everything',
          section: 'incidents',
          order: 100,
        };
        const output = result.files.get(STYLES[target].file(page))!;
        const expectedFile = join(EXPORT_FIXTURES, name, `${target}.md`);
        if (process.env.UPDATE || !existsSync(expectedFile)) {
          mkdirSync(join(EXPORT_FIXTURES, name), { recursive: true });
          writeFileSync(expectedFile, output);
        }
        expect(output).toBe(readFileSync(expectedFile, 'utf8'));
        expect(result.unresolved).toEqual([]);
        expect(result.dropped).toEqual(['/nowhere/']);
        expect(output).not.toMatch(/^import |<(Checklist|Card|CardGrid|kbd)\b/m);
        // Rendered by micromark with GFM (the reference implementation of the spec GitHub's
        // renderer follows): tables, task lists and links come out as HTML, no markup leaks.
        const html = micromark(output.replace(/^---\n[\s\S]*?\n---\n/, ''), {
          extensions: [gfm()],
          htmlExtensions: [gfmHtml()],
        });
        expect(html).toContain('<table>');
        expect(html.match(/<input type="checkbox" disabled="" \/>/g)).toHaveLength(2);
        expect(html).not.toMatch(/&lt;[A-Z]|\{\/\*|^import /m);
        if (target !== 'docusaurus') expect(html).not.toContain(':::');
      });
    }
  });
}

import { describe, expect, test } from 'vitest';
import { exportSite } from '../../../../src/lib/export/export-site';
import { pageText } from '../../helpers/handbook-fixture';
import { exportHandbook, SAMPLE_FILE } from './export-handbook';

/** The sample page with this body: the frontmatter takes lines 1–7, a blank line 8, the body starts on line 9. */
const sample = (body: string) => pageText('Sample', 'incidents', body);

describe('problems found while exporting carry the file and line', () => {
  test('an unknown component is a warning at path:line:column, and its words stay', () => {
    const result = exportSite({
      target: 'gfm',
      handbook: exportHandbook(sample('First line.\n\nA <Highlight>marked</Highlight> word.\n')),
    });
    expect(result.warnings).toEqual([
      `${SAMPLE_FILE}:11:3: <Highlight> has no Markdown equivalent; its content was kept`,
    ]);
    expect(result.files.get('incidents/sample.md')).toContain('A marked word.');
  });

  test('a checklist that does not exist stops the export at its line', () => {
    const handbook = exportHandbook(sample('Text.\n\n<Checklist id="missing" />\n'));
    expect(() => exportSite({ target: 'gfm', handbook })).toThrow(
      `${SAMPLE_FILE}:11:1: <Checklist id="missing" />: no such checklist`,
    );
  });

  test('an assessment that does not exist stops the export at its line', () => {
    const handbook = exportHandbook(sample('<Assessment id="missing" />\n'));
    expect(() => exportSite({ target: 'obsidian', handbook })).toThrow(
      `${SAMPLE_FILE}:9:1: <Assessment id="missing" />: no such assessment`,
    );
  });

  test('a reference table that does not exist stops the export at its line', () => {
    const handbook = exportHandbook(sample('<DataTable id="missing" />\n'));
    expect(() => exportSite({ target: 'notion', handbook })).toThrow(
      `${SAMPLE_FILE}:9:1: <DataTable id="missing" />: no such table`,
    );
  });

  test('a link to a page left out of the export is collected in dropped, not in warnings', () => {
    const result = exportSite({
      target: 'gfm',
      handbook: exportHandbook(sample('See [the management pages](/management/one-on-ones/).\n')),
      sections: ['incidents'],
    });
    expect(result.dropped).toEqual(['/management/one-on-ones/']);
    expect(result.warnings).toEqual([]);
    expect(result.files.get('incidents/sample.md')).toContain('See the management pages.');
  });
});

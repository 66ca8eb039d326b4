import { describe, expect, test } from 'vitest';
import { exportSite } from '../../../../src/lib/export/export-site';
import { PageExportError } from '../../../../src/lib/export/located';
import { TARGETS } from '../../../../src/lib/export/targets';
import { buildHandbook } from '../../../../src/lib/handbook/model';
import { parseContent } from '../../../../src/lib/handbook/parse-content';
import { DEFAULT_CONFIG } from '../../../../src/lib/config/parse-config';
import { defaultOptions } from '../../../../src/lib/handbook/options';
import { contentFiles, pageText } from '../../helpers/handbook-fixture';
import { exportHandbook, SAMPLE_FILE } from './export-handbook';

/**
 * A link with no page in the export is one of three things, and the export says which: a page
 * left out by --section (a note), a page only the website has, such as /due-for-review/ (plain
 * text or the website's address; it used to be counted as "outside this export" on every full
 * export), or a page of a section the config turns off (plain text, as on the site, no note).
 * A link written relative to the page is the content's mistake, named at its line.
 */
const body = [
  'Incidents: [the other page](/incidents/other/).',
  'Management: [one-on-ones](/management/one-on-ones/).',
  'Site only: [due for review](/due-for-review/#by-owner).',
  'Off: [planning](/decisions/planning/).',
  '',
].join('\n\n');

/** The sample handbook, plus a page in `decisions`, a section the config turns off. */
function handbookWithOffSection(sample = body) {
  const files = contentFiles({
    pages: [
      { rel: 'index.mdx', text: pageText('Home', 'start', 'Home.\n') },
      { rel: 'incidents/sample.mdx', text: pageText('Sample', 'incidents', sample) },
      { rel: 'incidents/other.mdx', text: pageText('Other', 'incidents', 'Text.\n') },
      { rel: 'management/one-on-ones.mdx', text: pageText('One-on-ones', 'management', 'Text.\n') },
      { rel: 'decisions/planning.mdx', text: pageText('Planning', 'decisions', 'Text.\n') },
    ],
  });
  const config = { ...DEFAULT_CONFIG, sections: { decisions: false as const } };
  return buildHandbook(parseContent(files).raw, { ...defaultOptions(), config }).handbook;
}

describe.each(TARGETS)('%s', (target) => {
  const handbook = handbookWithOffSection();

  test('a whole export notes no page “outside this export”: /due-for-review/ is only on the website', () => {
    const result = exportSite({ target, handbook });
    expect(result.dropped).toEqual([]);
    expect(result.siteOnly).toEqual(['/due-for-review/#by-owner']);
    const text = result.files.get(result.fileOf.get('/incidents/sample/')!)!;
    expect(text).toContain('Site only: due for review.');
    expect(text).toContain('Off: planning.');
  });

  test('with the site’s address, a site-only page is linked there, hash and all', () => {
    const result = exportSite({ target, handbook, siteUrl: 'https://hb.example/docs/' });
    expect(result.files.get(result.fileOf.get('/incidents/sample/')!)).toContain(
      '[due for review](https://hb.example/docs/due-for-review/#by-owner)',
    );
    expect(result.unresolved).toEqual([]);
  });

  test('reference-style links export as the same links written inline, turned-off rule and all', () => {
    const lines = (...parts: string[]) => parts.join('\n') + '\n';
    const inline = lines(
      'See [the other page](/incidents/other/ "Other") and [one-on-ones](/management/one-on-ones/#agenda).',
      '',
      '- [Planning](/decisions/planning/): how a quarter is planned.',
      '- Keep [planning](/decisions/planning/) in mind.',
      '',
      '| Question | Page |',
      '| --- | --- |',
      '| How do we plan? | [Planning](/decisions/planning/) |',
      '| Anything else? | [Other](/incidents/other/ "Other") |',
    );
    const referenced = lines(
      'See [the other page][other] and [one-on-ones][].',
      '',
      '- [Planning][plan]: how a quarter is planned.',
      '- Keep [planning][plan] in mind.',
      '',
      '| Question | Page |',
      '| --- | --- |',
      '| How do we plan? | [Planning][plan] |',
      '| Anything else? | [Other][other] |',
      '',
      '[other]: /incidents/other/ "Other"',
      '[One-on-ones]: /management/one-on-ones/#agenda',
      '[plan]: /decisions/planning/',
    );
    const sampleOf = (sample: string) => {
      const result = exportSite({ target, handbook: handbookWithOffSection(sample) });
      expect(result.unresolved).toEqual([]);
      return result.files.get(result.fileOf.get('/incidents/sample/')!)!;
    };
    const exported = sampleOf(referenced);
    expect(exported).toBe(sampleOf(inline));
    // What the two agree on: the section's list item and table row are gone, the links rewritten.
    expect(exported).not.toContain('how a quarter is planned');
    expect(exported).not.toContain('How do we plan?');
    expect(exported).toContain('Keep planning in mind.');
    expect(exported).not.toMatch(/\]:|\(\/incidents\/other\/|\(\/management\//);
  });

  test('--section: a page of another section is left out, and counted as such', () => {
    const result = exportSite({ target, handbook, sections: ['incidents'] });
    expect(result.dropped).toEqual(['/management/one-on-ones/']);
    expect(result.siteOnly).toEqual(['/due-for-review/#by-owner']);
  });

  test('--section with the site’s address: a page of another section is linked there; a turned-off one stays text', () => {
    const result = exportSite({
      target,
      handbook,
      sections: ['incidents'],
      siteUrl: 'https://hb.example/docs/',
    });
    const text = result.files.get(result.fileOf.get('/incidents/sample/')!)!;
    expect(text).toContain('[one-on-ones](https://hb.example/docs/management/one-on-ones/)');
    expect(text).toContain('Off: planning.');
    expect(result.dropped).toEqual(['/management/one-on-ones/']);
    expect(result.unresolved).toEqual([]);
  });

  test('--page: only the pages named, no index files, links between them kept', () => {
    // The same pages as an export of their section writes them, without its home page and index files.
    const section = exportSite({ target, handbook, sections: ['incidents'] });
    const result = exportSite({ target, handbook, pages: ['/incidents/sample/', '/incidents/other/'] });
    const fileOf = (route: string) => section.fileOf.get(route)!;
    expect([...result.files.keys()].sort()).toEqual(
      [fileOf('/incidents/sample/'), fileOf('/incidents/other/')].sort(),
    );
    for (const route of ['/incidents/sample/', '/incidents/other/'])
      expect(result.files.get(fileOf(route))).toBe(section.files.get(fileOf(route)));
    expect(result.dropped).toEqual(['/management/one-on-ones/']);
  });

  test('a relative link stops the export at its line, as the content’s mistake', () => {
    const broken = exportHandbook(pageText('Sample', 'incidents', 'First.\n\nSee [rel](../feedback/).\n'));
    const run = () => exportSite({ target, handbook: broken });
    expect(run).toThrow(PageExportError);
    expect(run).toThrow(`${SAMPLE_FILE}:11:5: link to ../feedback/: a relative link breaks`);
  });
});

describe('obsidian', () => {
  test('a wikilink in a table escapes its pipe, so the row keeps its cells; outside a table it does not', () => {
    const sample = pageText(
      'Sample',
      'incidents',
      'See [the other page](/incidents/other/).\n\n| Question | Page |\n| --- | --- |\n| Other? | [the other page](/incidents/other/) |\n',
    );
    const result = exportSite({ target: 'obsidian', handbook: handbookWithOffSection(sample) });
    const text = result.files.get(result.fileOf.get('/incidents/sample/')!)!;
    expect(text).toContain('See [[incidents/other|the other page]].');
    expect(text).toMatch(/^\| Other\? +\| \[\[incidents\/other\\\|the other page\]\] \|$/m);
    expect(result.unresolved).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { typedMarkdown } from '../../../../src/lib/text/typed-markdown';
import { resultMarkdown } from '../../../../src/lib/assessments/markdown';
import { bragMarkdown } from '../../../../src/lib/evidence/markdown';
import { score } from '../../../../src/lib/assessments/score';
import { smallAssessment } from '../../helpers/assessment-fixture';
import { parseMarkdown } from '../../../../src/lib/export/parse';

const typed = '<b>x</b> <img src=x onerror=alert(1)> & **mine**';
/** The HTML nodes a Markdown renderer would pass through as markup. */
const htmlIn = (markdown: string) => JSON.stringify(parseMarkdown(markdown)).match(/"type":"html"/g) ?? [];

describe('what a reader typed, in the Markdown they copy', () => {
  test('typed HTML is text, the reader’s own Markdown still works', () => {
    expect(typedMarkdown(typed)).toBe('\\<b>x\\</b> \\<img src=x onerror=alert(1)> & **mine**');
    expect(htmlIn(typedMarkdown(typed))).toEqual([]);
  });

  test('only what could become markup gets a backslash, so the file reads as typed', () => {
    expect(typedMarkdown('R&D cut p99 < 200ms, so a > b')).toBe('R&D cut p99 < 200ms, so a > b');
    const risky = [
      '&amp; &#60; &lt;script&gt;',
      '<!-- hidden -->',
      '<?php',
      '<https://x.example>',
      'one\n> quoted',
    ];
    for (const text of risky) {
      expect(htmlIn(typedMarkdown(text)), text).toEqual([]);
      // Rendered, the text reads as typed: no reference decoded, no quote. (A bare address may
      // become a link, as it would in any Markdown the reader writes.)
      expect(JSON.stringify(parseMarkdown(typedMarkdown(text))), text).not.toMatch(/"type":"blockquote"/);
    }
    expect(JSON.stringify(parseMarkdown(typedMarkdown('&amp;')))).toContain('"value":"&amp;"');
  });

  test('assessment notes and text answers, and evidence entries, carry no markup', () => {
    const def = smallAssessment();
    const answers = { tests: { value: 4, note: typed }, proud: { value: typed } };
    const md = resultMarkdown(def, score(def, answers), answers, new Date('2026-11-21'));
    expect(htmlIn(md)).toEqual([]);
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
    const brag = bragMarkdown(
      { entries: [{ id: 'a', date: '2026-11-01', what: typed, impact: typed, dimensions: [] }] },
      { id: 'l', title: 'L', levels: [], dimensions: [] } as never,
      '2026-11-21',
    );
    expect(htmlIn(brag)).toEqual([]);
  });
});

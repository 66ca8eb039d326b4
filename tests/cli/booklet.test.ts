import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { ROOT } from '../paths';
// The handbook as this project's settings make it (a fork's terms and sections), as the CLI reads it.
import { handbook } from '../e2e/site';

/**
 * `handbook export --target booklet`, run as a user would from an empty folder: the file it
 * writes, the PDF it prints, and every wrong flag refused with exit 1 and nothing written.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'booklet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['export', '--target', 'booklet', ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    root: ROOT,
    cwd: dir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const incidentTitles = handbook.pages
  .filter((p) => p.section === 'incidents' && p.inSidebar)
  .map((p) => p.title);
const PDFTOTEXT = process.env.PDFTOTEXT_PATH || '/usr/bin/pdftotext';

describe('handbook export --target booklet', () => {
  test('writes one HTML file with a cover, contents and every page of the section, and says so in JSON', async () => {
    const r = await run('--section', 'incidents', '--out', 'incidents.html', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ ok: true, target: 'booklet', pages: incidentTitles.length });
    expect(report.searchIndexBytes).toBeLessThan(report.bytes / 2);
    const html = readFileSync(join(dir, 'incidents.html'), 'utf8');
    for (const title of incidentTitles) expect(html, title).toContain(`>${title.replace(/&/g, '&amp;')}<`);
    // Nothing to fetch: no external scripts, styles, images or fonts.
    expect(html).not.toMatch(/<(script|img|link|iframe)\b[^>]*\b(src|href)="(?!data:)/i);
    expect(html).not.toMatch(/url\(/);
    // Printed or passed around, the booklet says where it is from and on what terms.
    expect(html).toMatch(
      /<header class="cover">[\s\S]*under <a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/">CC BY 4\.0<\/a>/,
    );
    expect(readdirSync(dir)).toContain('incidents.html');
  });

  test('a booklet of the levels section has each ladder as tables and every level as an inline radar chart', async () => {
    const r = await run('--section', 'levels', '--out', 'levels.html');
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(join(dir, 'levels.html'), 'utf8');
    const levels = handbook.ladders.flatMap((l) => l.levels);
    expect(html.match(/<svg class="radar"/g)?.length).toBe(levels.length);
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(handbook.ladders.length);
  });

  test('never overwrites without --force', async () => {
    writeFileSync(join(dir, 'mine.html'), 'my notes');
    const r = await run('--section', 'incidents', '--out', 'mine.html');
    expect(r.code).toBe(1);
    expect(r.err).toContain('already exists. Nothing was written. Add --force');
    expect(readFileSync(join(dir, 'mine.html'), 'utf8')).toBe('my notes');
    expect((await run('--section', 'incidents', '--out', 'mine.html', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'mine.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  test.each([
    [['--section', 'incidnets', '--out', 'a.html'], 'Unknown section "incidnets"'],
    [['--section', 'incidents', '--out', 'a.pdf'], 'ends in .html'],
    [['--section', 'incidents'], 'export needs --out'],
    [
      ['--section', 'incidents', '--out', 'a.html', '--paper', 'letter'],
      '--paper sets the PDF page size: add --pdf',
    ],
    [['--section', 'incidents', '--out', 'a.html', '--pdf', '--paper', 'a3'], 'Unknown paper size "a3"'],
    [['--out', join(ROOT, 'content', 'x.html')], 'inside content/'],
  ])('%j is refused with exit 1 and nothing written', async (args, message) => {
    const before = readdirSync(dir).sort();
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test('--pdf on a Markdown target is refused', async () => {
    const out: string[] = [];
    const code = await main(['export', '--target', 'gfm', '--out', join(dir, 'md'), '--pdf'], {
      out: () => {},
      err: (l) => out.push(l),
      root: ROOT,
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('--pdf and --paper work with --target booklet');
  });

  test('--dry-run writes nothing', async () => {
    const r = await run('--section', 'incidents', '--out', 'dry.html', '--pdf', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/would write \S*dry\.html\nwould write \S*dry\.pdf/);
    expect(existsSync(join(dir, 'dry.html')) || existsSync(join(dir, 'dry.pdf'))).toBe(false);
  });

  test('--pdf prints the booklet with page numbers; its text has every page title', async () => {
    const r = await run('--section', 'incidents', '--out', 'print.html', '--pdf', '--paper', 'letter');
    expect(r.code, r.err).toBe(0);
    const pdf = join(dir, 'print.pdf');
    const text = execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const title of incidentTitles) expect(text, title).toContain(title.replace(/\s+/g, ' '));
    const pages = Number(/(\d+) \/ (\d+)/.exec(text)?.[2]);
    // One page at least per handbook page, each starting a new sheet, plus the cover and contents.
    expect(pages).toBeGreaterThan(incidentTitles.length + 1);
    expect(text).toContain(`1 / ${pages}`);
  }, 60_000);
});

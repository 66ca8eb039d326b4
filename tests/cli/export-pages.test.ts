import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../src/cli/main';
import { ROOT } from '../paths';

/**
 * `handbook export --page`: a manager takes one or two playbooks into the wiki the team already
 * has. Only those pages are written, beside whatever the folder holds; links to the rest of the
 * handbook lead to the website when its address is configured.
 */
let scratch: string;
const project = (...parts: string[]) => join(scratch, 'project', ...parts);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    root: project(),
    cwd: scratch,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort()
    : [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-pages-'));
  cpSync(join(ROOT, 'content'), project('content'), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('handbook export --page', () => {
  test('writes only the pages named, however they are named, and no home page or sidebar', async () => {
    const out = join(scratch, 'wiki');
    const r = await run([
      'export',
      '--target',
      'github-wiki',
      '--out',
      out,
      '--page',
      '/management/one-on-ones/, incidents/on-call ,content/docs/templates/one-on-one-agenda.mdx',
      '--json',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).pages).toBe(3);
    const written = files(out).filter((f) => f.endsWith('.md'));
    expect(written).toHaveLength(3);
    expect(written).not.toContain('Home.md');
    expect(written).not.toContain('_Sidebar.md');
    // The two pages link each other as the wiki links its pages, not as plain text.
    const oneOnOnes = readFileSync(
      join(
        out,
        written.find((f) => /One-on-ones/.test(f))!,
      ),
      'utf8',
    );
    expect(oneOnOnes).toMatch(/\]\(One-on-one-agenda[^)]*\)/);
    // Taken into a wiki on its own, each page still says where it is from and on what terms.
    for (const file of written)
      expect(readFileSync(join(out, file), 'utf8').trimEnd(), file).toMatch(
        /_Adapted from the open-source Engineering Handbook, under \[CC BY 4\.0\]\(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\._$/,
      );
  });

  test('joins a folder that holds other files, and refuses to replace one without --force', async () => {
    const out = join(scratch, 'team-wiki');
    const args = ['export', '--target', 'gfm', '--out', out, '--page', '/management/one-on-ones/'];
    rmSync(out, { recursive: true, force: true });
    cpSync(join(ROOT, 'README.md'), join(out, 'Our-team.md'));
    expect((await run(args)).code).toBe(0);
    expect(files(out)).toEqual(['.handbook-export.json', 'Our-team.md', 'management/one-on-ones.md']);
    const again = await run(args);
    expect(again.code).toBe(1);
    expect(again.err).toContain('one-on-ones.md already exists. Nothing was written. Add --force');
    expect((await run([...args, '--force'])).code).toBe(0);
  });

  test('over a whole export, removes nothing and keeps the earlier files on the list', async () => {
    const out = join(scratch, 'whole');
    expect((await run(['export', '--target', 'gfm', '--out', out, '--section', 'incidents'])).code).toBe(0);
    const before = files(out);
    const list = () => JSON.parse(readFileSync(join(out, '.handbook-export.json'), 'utf8')).files as string[];
    const listed = list();
    const r = await run([
      'export',
      '--target',
      'gfm',
      '--out',
      out,
      '--page',
      '/management/feedback/',
      '--force',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(files(out)).toEqual([...before, 'management/feedback.md'].sort());
    expect(list()).toEqual([...listed, 'management/feedback.md'].sort());
    // A later whole export over it still knows every one of them for its own: nothing is left over.
    const whole = await run(['export', '--target', 'gfm', '--out', out, '--section', 'incidents', '--force']);
    expect(whole.code, whole.err).toBe(0);
    expect(files(out)).toEqual(before);
  });

  test('again over an export that holds the pages it links, its links stay links to them', async () => {
    const out = join(scratch, 'management-wiki');
    expect((await run(['export', '--target', 'gfm', '--out', out, '--section', 'management'])).code).toBe(0);
    const before = readFileSync(join(out, 'management/one-on-ones.md'), 'utf8');
    expect(before).toContain('](feedback.md)');
    const r = await run([
      'export',
      '--target',
      'gfm',
      '--out',
      out,
      '--page',
      '/management/one-on-ones/',
      '--force',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'management/one-on-ones.md'), 'utf8')).toBe(before);
  });

  test('into a folder exported for another target, pages are refused with the folder’s own target to use', async () => {
    const out = join(scratch, 'vault');
    expect((await run(['export', '--target', 'obsidian', '--out', out, '--section', 'incidents'])).code).toBe(
      0,
    );
    const before = files(out);
    const r = await run([
      'export',
      '--target',
      'gfm',
      '--out',
      out,
      '--page',
      '/management/feedback/',
      '--force',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('holds an export for --target obsidian');
    expect(r.err).toContain('Add them with --target obsidian, or give another --out folder.');
    expect(files(out)).toEqual(before);
    const same = await run([
      'export',
      '--target',
      'obsidian',
      '--out',
      out,
      '--page',
      '/management/feedback/',
    ]);
    expect(same.code, same.err).toBe(0);
    expect(files(out)).toEqual([...before, 'management/feedback.md'].sort());
  });

  test('a name that is no page says the nearest address; --page with --section or a booklet is refused', async () => {
    const out = join(scratch, 'refused');
    const typo = await run(['export', '--target', 'gfm', '--out', out, '--page', '/management/one-on-one/']);
    expect(typo.code).toBe(1);
    expect(typo.err).toContain(
      'no page of the handbook is at /management/one-on-one/. Did you mean "/management/one-on-ones/"?',
    );
    const section = await run(['export', '--target', 'gfm', '--out', out, '--page', 'incidents']);
    expect(section.code).toBe(1);
    expect(section.err).toContain(
      '/incidents/ is the contents of a section, not a page. To export the whole section, use --section incidents.',
    );
    const both = await run([
      'export',
      '--target',
      'gfm',
      '--out',
      out,
      '--page',
      '/x/',
      '--section',
      'incidents',
    ]);
    expect(both.err).toContain('--page and --section each choose what to export');
    const booklet = await run(['export', '--target', 'booklet', '--out', `${out}.html`, '--page', '/x/']);
    expect(booklet.err).toContain('--page works with the Markdown targets');
    expect([typo, both, booklet].map((r) => r.code)).toEqual([1, 1, 1]);
    expect(existsSync(out)).toBe(false);
  });

  test('a page’s file as the shell sees it, from another folder or absolute, names the page', async () => {
    for (const [name, file] of [
      ['relative', 'project/content/docs/management/feedback.mdx'],
      ['absolute', project('content', 'docs', 'management', 'feedback.mdx')],
    ]) {
      const out = join(scratch, `file-${name}`);
      const r = await run(['export', '--target', 'gfm', '--out', out, '--page', file!, '--json']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out).files).toEqual(['management/feedback.md']);
    }
  });

  test('text that is no address is the user’s mistake, exit 1, never a crash', async () => {
    for (const bad of ['https://', 'https://x/%E0%A4%A']) {
      const r = await run(['export', '--target', 'gfm', '--out', join(scratch, 'bad'), '--page', bad]);
      expect(r.code, bad).toBe(1);
      expect(r.err).toContain(`--page ${bad}: that is not the address of a page.`);
    }
  });

  test('a page of a section the config turns off is named as such', async () => {
    writeFileSync(project('handbook.config.yaml'), 'sections:\n  decisions: false\n');
    try {
      const r = await run([
        'export',
        '--target',
        'gfm',
        '--out',
        join(scratch, 'off'),
        '--page',
        '/decisions/',
      ]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('/decisions/ is in a section handbook.config.yaml turns off');
    } finally {
      rmSync(project('handbook.config.yaml'));
    }
  });

  test('with the site’s address, links to pages left out lead to the website; without it, plain text', async () => {
    const plain = join(scratch, 'plain');
    const withoutSite = await run([
      'export',
      '--target',
      'gfm',
      '--out',
      plain,
      '--page',
      '/management/one-on-ones/',
    ]);
    expect(withoutSite.err).toMatch(
      /link\(s\) to pages outside this export were kept as plain text; set site:/,
    );
    const text = readFileSync(join(plain, 'management/one-on-ones.md'), 'utf8');
    expect(text).not.toMatch(/\]\((\/|\.\.\/|[a-z-]+\/)/);

    writeFileSync(project('handbook.config.yaml'), 'site: https://hb.example\nbase: /docs/\n');
    try {
      const linked = join(scratch, 'linked');
      const r = await run([
        'export',
        '--target',
        'gfm',
        '--out',
        linked,
        '--page',
        'https://hb.example/docs/management/one-on-ones/#agenda',
      ]);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain('link(s) to pages outside this export lead to https://hb.example/docs/');
      const site = readFileSync(join(linked, 'management/one-on-ones.md'), 'utf8');
      expect(site).toContain('](https://hb.example/docs/management/feedback/)');
    } finally {
      rmSync(project('handbook.config.yaml'));
    }
  });
});

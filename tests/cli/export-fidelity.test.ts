import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../src/cli/main';
import { ROOT } from '../paths';

/**
 * `handbook export` as a user runs it, on a scratch copy of the handbook: it refuses content
 * that `handbook check` refuses (exit 1, the same lines), a section the config turns off, and
 * never loses a page to another page's file name; with --force it replaces its own earlier
 * export and nothing else.
 */
let scratch: string;
const project = (...parts: string[]) => join(scratch, 'project', ...parts);

async function run(...args: string[]) {
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

/** Every file under `dir`, as sorted relative paths (dot files too). */
const filesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort()
    : [];

/** Runs `body` with a file of the project changed (or made), then puts it back. */
async function withFile<T>(
  rel: string,
  change: (text: string) => string,
  body: () => Promise<T>,
): Promise<T> {
  const file = project(rel);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, change(before ?? ''));
  try {
    return await body();
  } finally {
    if (before === undefined) rmSync(file);
    else writeFileSync(file, before);
  }
}

const page = (title: string, section: string) =>
  `---\ntitle: ${title}\ndescription: A page.\naudience: [manager]\nsection: ${section}\nlastReviewed: 2026-11-01\nsources: []\n---\n\n${title} in ${section}: its own words.\n`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-export-'));
  cpSync(join(ROOT, 'content'), project('content'), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('no page is lost to another page’s file name', () => {
  test.each(['github-wiki', 'confluence'])(
    '%s: pages titled alike, and one titled "Home", each keep a file',
    async (target) => {
      const out = join(scratch, `same-${target}`);
      const r = await withFile(
        'content/docs/management/running-retros.mdx',
        () => page('Running retros', 'management'),
        () =>
          withFile(
            'content/docs/incidents/running-retros.mdx',
            () => page('Running retros', 'incidents'),
            () =>
              withFile(
                'content/docs/management/home-truths.mdx',
                () => page('Home', 'management'),
                () => run('export', '--target', target, '--out', out, '--json'),
              ),
          ),
      );
      expect(r.code, r.err).toBe(0);
      const summary = JSON.parse(r.out);
      const pages = filesIn(out).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
      expect(pages).toHaveLength(summary.pages);
      const texts = pages.map((f) => readFileSync(join(out, f), 'utf8'));
      for (const words of [
        'Running retros in management',
        'Running retros in incidents',
        'Home in management',
      ])
        expect(
          texts.filter((t) => t.includes(words)),
          words,
        ).toHaveLength(1);
      // The wiki's front page is still the handbook's home page.
      expect(readFileSync(join(out, 'Home.md'), 'utf8')).not.toContain('Home in management');
    },
  );
});

describe('export refuses what `handbook check` refuses', () => {
  /** The problem lines `check` prints for the project as it is now. */
  const checkLines = async () =>
    (await run('check')).out.split('\n').filter((l) => /^content\/\S+:\d+: /.test(l));

  test.each([
    [
      'a relative link',
      'content/docs/management/one-on-ones.mdx',
      (t: string) => `${t}\nSee [rel](../feedback/).\n`,
    ],
    [
      'frontmatter that is not YAML',
      'content/docs/incidents/on-call.mdx',
      (t: string) => t.replace(/^title: (.*)$/m, 'title: [$1'),
    ],
    [
      'an unknown audience',
      'content/docs/incidents/on-call.mdx',
      (t: string) => t.replace(/^audience: .*$/m, 'audience: [wizard]'),
    ],
    [
      'an unknown term',
      'content/docs/incidents/roles.mdx',
      (t: string) => `${t}\nAsk in {{incidentChanel}}.\n`,
    ],
    [
      'a checklist that is not YAML',
      'content/checklists/production-readiness.yaml',
      (t: string) => t.replace(/^title: (.*)$/m, 'title: [$1'),
    ],
  ])('%s: exit 1, the lines check prints, nothing written', async (_what, rel, change) => {
    await withFile(rel, change, async () => {
      const expected = await checkLines();
      expect(expected.length).toBeGreaterThan(0);
      expect(
        expected.some((l) => l.startsWith(`${rel}:`)),
        expected.join('\n'),
      ).toBe(true);
      for (const target of ['gfm', 'booklet']) {
        const out = join(scratch, `refused-${target}${target === 'booklet' ? '.html' : ''}`);
        const r = await run('export', '--target', target, '--out', out);
        expect(r.code, r.err).toBe(1);
        for (const line of expected) expect(r.err).toContain(line);
        expect(r.err).toContain('npx handbook check');
        expect(r.err).not.toMatch(/internal error|bug/i);
        expect(existsSync(out)).toBe(false);
      }
      const json = await run('export', '--target', 'gfm', '--out', join(scratch, 'refused-json'), '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.out)).toMatchObject({
        ok: false,
        problems: expect.arrayContaining([expect.objectContaining({ file: rel })]),
      });
    });
  });

  test('a draft that only breaks the writing rules (too short, no sources) still exports', async () => {
    const r = await withFile(
      'content/docs/management/draft-retros.mdx',
      () => page('Draft retros', 'management'),
      async () => {
        expect((await run('check')).code).toBe(1);
        return run('export', '--target', 'gfm', '--out', join(scratch, 'with-draft'));
      },
    );
    expect(r.code, r.err).toBe(0);
    expect(filesIn(join(scratch, 'with-draft'))).toContain('management/draft-retros.md');
  });
});

describe('a section the config turns off', () => {
  test('asked for by --section: exit 1, saying so and how to turn it on; nothing written', async () => {
    await withFile(
      'handbook.config.yaml',
      () => 'sections:\n  tech-leadership: false\n',
      async () => {
        for (const [target, out] of [
          ['booklet', 'off.html'],
          ['gfm', 'off-gfm'],
        ] as const) {
          const r = await run('export', '--target', target, '--section', 'tech-leadership', '--out', out);
          expect(r.code, r.out).toBe(1);
          expect(r.err).toContain('"tech-leadership" is turned off in handbook.config.yaml');
          expect(r.err).toContain('delete that line');
          expect(existsSync(join(scratch, out))).toBe(false);
        }
        // The whole handbook still exports, without the section and with no note about its links.
        const whole = await run('export', '--target', 'gfm', '--out', 'whole-off');
        expect(whole.code, whole.err).toBe(0);
        expect(filesIn(join(scratch, 'whole-off')).some((f) => f.startsWith('tech-leadership/'))).toBe(false);
        expect(whole.err).not.toContain('outside this export');
      },
    );
  });
});

describe('--force over an earlier export', () => {
  /** A forced export of the incidents section only, over whatever `out` holds. */
  const incidentsOver = (out: string) =>
    run('export', '--target', 'gfm', '--out', out, '--section', 'incidents', '--force', '--json');

  test('removes the pages the earlier export wrote and this one does not; keeps the user’s files', async () => {
    const out = join(scratch, 'again');
    expect((await run('export', '--target', 'gfm', '--out', out)).code).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(filesIn(out).filter((f) => f.endsWith('.md')).length).toBeGreaterThan(60);
    const r = await incidentsOver(out);
    expect(r.code, r.err).toBe(0);
    const summary = JSON.parse(r.out);
    const md = filesIn(out).filter((f) => f.endsWith('.md'));
    expect(md.sort()).toEqual(summary.files.filter((f: string) => f.endsWith('.md')).sort());
    expect(summary.files.length).toBe(filesIn(out).length - 2); // not notes.txt, not the list
    expect(md.every((f) => f === 'index.md' || f.startsWith('incidents/'))).toBe(true);
    expect(summary.removed.length).toBeGreaterThan(50);
    expect(summary.leftAlone).toEqual(['notes.txt']);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'management'))).toBe(false);
  });

  test('a page edited in the folder since the last export is copied aside before it is replaced or removed', async () => {
    const out = join(scratch, 'edited');
    expect((await run('export', '--target', 'gfm', '--out', out)).code).toBe(0);
    const pages = filesIn(out).filter((f) => f.endsWith('.md') && f !== 'index.md');
    const replaced = pages.find((f) => f.startsWith('incidents/'))!;
    const removed = pages.find((f) => f.startsWith('management/'))!;
    const untouched = pages.find((f) => f.startsWith('incidents/') && f !== replaced)!;
    writeFileSync(join(out, replaced), 'Our on-call rota lives here now.\n');
    writeFileSync(join(out, removed), 'Our own feedback notes.\n');
    // The same run again, incidents only: one edited page rewritten, one removed.
    const r = await incidentsOver(out);
    expect(r.code, r.err).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.edited).toEqual([replaced, removed].sort());
    const copies: string = summary.editedCopies;
    expect(copies.startsWith(join(out, '.handbook-export-edited'))).toBe(true);
    expect(readFileSync(join(copies, replaced), 'utf8')).toBe('Our on-call rota lives here now.\n');
    expect(readFileSync(join(copies, removed), 'utf8')).toBe('Our own feedback notes.\n');
    expect(existsSync(join(copies, untouched))).toBe(false);
    // The page itself is the handbook's again.
    expect(readFileSync(join(out, replaced), 'utf8')).not.toContain('Our on-call rota');
    // The next run has nothing edited to keep, and counts the copies as neither a page nor the user's file.
    const again = await incidentsOver(out);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ edited: [], leftAlone: [] });
  });

  test('without an earlier export’s list, removes nothing, and says which files it left', async () => {
    const out = join(scratch, 'unlisted');
    mkdirSync(join(out, 'management'), { recursive: true });
    writeFileSync(join(out, 'management', 'old.md'), 'from an old export, or mine');
    const r = await run('export', '--target', 'gfm', '--out', out, '--section', 'incidents', '--force');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'management', 'old.md'), 'utf8')).toBe('from an old export, or mine');
    expect(r.err).toContain('management/old.md');
    expect(r.err).toContain('delete those you no longer want');
  });

  test('--dry-run says what it would remove, and removes nothing', async () => {
    const out = join(scratch, 'dry');
    expect((await run('export', '--target', 'gfm', '--out', out)).code).toBe(0);
    const before = filesIn(out);
    const r = await run(
      'export',
      '--target',
      'gfm',
      '--out',
      out,
      '--section',
      'incidents',
      '--force',
      '--dry-run',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/would remove \d+ file\(s\)/);
    expect(filesIn(out)).toEqual(before);
  });
});

describe('links to pages only the website has', () => {
  test('are not counted as pages left out of the export; with the site’s address they lead there', async () => {
    const plain = await run('export', '--target', 'gfm', '--out', 'site-only');
    expect(plain.code, plain.err).toBe(0);
    expect(plain.err).not.toContain('outside this export');
    // The generated pages: the review list, and each section's contents page the home page lists.
    expect(plain.err).toMatch(/only the website has \([^)]*\/due-for-review\/\)/);
    expect(plain.err).toContain('/management/');
    process.env.HANDBOOK_SITE_URL = 'https://handbook.example';
    try {
      const linked = await run('export', '--target', 'gfm', '--out', 'site-linked');
      expect(linked.code, linked.err).toBe(0);
      const all = filesIn(join(scratch, 'site-linked'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(join(scratch, 'site-linked', f), 'utf8'))
        .join('\n');
      expect(all).toContain('](https://handbook.example/due-for-review/)');
      expect(all).toContain('](https://handbook.example/management/)');
      expect(all).toContain('](https://handbook.example/promotions/check-ins/)');
    } finally {
      delete process.env.HANDBOOK_SITE_URL;
    }
  });
});

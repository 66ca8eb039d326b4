import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkPage } from '../../src/lib/content-check/page';
import { main } from '../../src/cli/main';
import { TARGETS } from '../../src/lib/export/targets';
import { ROOT } from '../paths';
import { parse } from 'yaml';
import { planMarkdown } from '../../src/cli/commands/plan';
import { ChecklistSchema } from '../../src/schemas/checklist';

const BIN = join(ROOT, 'bin', 'handbook.mjs');
let scratch: string;

/**
 * Runs a command in-process, as `npx handbook` would, against a scratch copy of the handbook
 * (the logic under test; a few tests below spawn the real bin for the entry point itself).
 */
async function run(args: string[], cwd = scratch) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), root: project(), cwd });
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
  return { code, out: text(out), err: text(err) };
}

/** Runs the real bin as a user would (no TTY, CI set): Node check, TypeScript loading, exit code. */
function spawnBin(args: string[], cwd = scratch) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HANDBOOK_ROOT: project(), CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const project = (...parts: string[]) => join(scratch, 'project', ...parts);
/** Every file (not folder) under `dir`, as sorted relative paths. */
const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort()
    : [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-cli-'));
  cpSync(join(ROOT, 'content'), project('content'), { recursive: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('handbook (no command, help, mistakes)', () => {
  test('the real bin: --help lists the commands and exits 0', () => {
    const r = spawnBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/new <kind> <slug>[\s\S]*plan[\s\S]*export[\s\S]*check/);
  });

  test('the real bin: no command and an unknown command exit 1 with what to run', () => {
    expect(spawnBin([]).code).toBe(1);
    const r = spawnBin(['publish']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Unknown command "publish". Commands: new, plan, export, packet, check.');
  });

  test('`help <command>` shows that command’s help, and common flags may come before the command', async () => {
    const help = await run(['help', 'export']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^handbook export --target <target> --out <dir>/);
    const check = await run(['--json', 'check']);
    expect(check.code, check.out).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ ok: true, problems: [] });
    expect(JSON.parse((await run(['--json', '--version'])).out)).toMatchObject({ ok: true });
  });

  test('an unknown flag is refused with the command’s help pointer', async () => {
    const r = await run(['plan', '--colour', 'blue']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown option '--colour'.*npx handbook plan --help/s);
  });

  test('each command has its own --help with an example', async () => {
    for (const command of ['new', 'plan', 'export', 'packet', 'check']) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Example: npx handbook');
    }
  });
});

describe('handbook new', () => {
  test('scaffolds a playbook whose frontmatter passes the site’s schema', async () => {
    const r = await run([
      'new',
      'playbook',
      'running-retros',
      '--section',
      'management',
      '--title',
      'Running retros',
    ]);
    expect(r.code).toBe(0);
    const file = project('content', 'docs', 'management', 'running-retros.mdx');
    expect(r.out).toContain('wrote content/docs/management/running-retros.mdx');
    const problems = checkPage(file, 'management/running-retros.mdx', readFileSync(file, 'utf8'));
    // Only the length rule fails: the scaffold is a draft until someone writes it.
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/at least 600 words/)]);
  });

  test('never overwrites without --force, and writes nothing when refused', async () => {
    const file = project('content', 'docs', 'management', 'running-retros.mdx');
    writeFileSync(file, 'my own words');
    const r = await run(['new', 'playbook', 'running-retros', '--section', 'management']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'content/docs/management/running-retros.mdx already exists. Nothing was written. Add --force to overwrite it.',
    );
    expect(readFileSync(file, 'utf8')).toBe('my own words');
    expect(
      (await run(['new', 'playbook', 'running-retros', '--section', 'management', '--force'])).code,
    ).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('title: Running retros');
  });

  test('refuses a slug that would leave content/, and writes nothing', async () => {
    const before = files(scratch);
    for (const slug of ['../../evil', 'a/b', '..', 'Bad Name']) {
      const r = await run(['new', 'checklist', slug]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('is not a usable name');
    }
    expect(files(scratch)).toEqual(before);
  });

  test('a runbook brings its checklist; checklists, assessments and ladders are valid YAML', async () => {
    const r = await run(['new', 'runbook', 'database-failover', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      ok: true,
      dryRun: false,
      files: ['content/docs/incidents/database-failover.mdx', 'content/checklists/database-failover.yaml'],
      next: expect.stringContaining(
        'the steps in content/checklists/database-failover.yaml, which the page already shows',
      ),
    });
    const next: Record<string, string> = {};
    for (const kind of ['assessment', 'ladder', 'checklist']) {
      const made = await run(['new', kind, `new-${kind}`]);
      expect(made.code).toBe(0);
      next[kind] = made.err;
    }
    expect(next.ladder).toContain("makes the ladder's pages from it at /ladders/new-ladder/");
    // What the next step says to put on a page is what a page needs to show it: the check,
    // which knows every component and id, finds nothing wrong with a page that does just that.
    const page = project('content', 'docs', 'playbooks', 'shows-new-data.mdx');
    const said = (kind: string) =>
      /put (import .*;) under the page's frontmatter and (<.*\/>) where/.exec(next[kind]!)!;
    const [, importChecklist, checklistTag] = said('checklist');
    const [, importAssessment, assessmentTag] = said('assessment');
    expect(checklistTag).toBe('<Checklist id="new-checklist" />');
    expect(assessmentTag).toBe('<Assessment id="new-assessment" />');
    writeFileSync(
      page,
      readFileSync(project('content', 'docs', 'incidents', 'database-failover.mdx'), 'utf8')
        .replace(/^import .*$/m, `${importChecklist}\n${importAssessment}`)
        .replace('<Checklist id="database-failover" />', `${checklistTag}\n\n${assessmentTag}`)
        .replace('section: incidents', 'section: playbooks'),
    );
    const check = await run(['check', '--json']);
    const problems = JSON.parse(check.out).problems as { file: string; message: string }[];
    // The new YAML files validate: what is open is the text they hold for the author to replace
    // (and, on the new pages, their length).
    const yaml = problems.filter((p) => p.file.endsWith('.yaml'));
    expect(yaml.map((p) => p.file).sort()).toEqual([
      'content/assessments/new-assessment.yaml',
      'content/checklists/database-failover.yaml',
      'content/checklists/new-checklist.yaml',
      'content/ladders/new-ladder.yaml',
    ]);
    for (const p of yaml) {
      expect(p.message).toContain('is still the text "npx handbook new" wrote for you to replace');
      // Each file names the README that describes its format, which is there to read.
      const readme = /described in\n# (content\/\S+\/README\.md);/.exec(
        readFileSync(project(p.file), 'utf8'),
      )?.[1];
      expect(readme, p.file).toBeDefined();
      expect(existsSync(join(ROOT, readme!)), readme).toBe(true);
    }
    const onPage = problems.filter((p) => p.file.endsWith('shows-new-data.mdx'));
    expect(onPage.filter((p) => /Checklist|Assessment|import|not defined/.test(p.message))).toEqual([]);
    rmSync(page);
  });

  test('an empty --title is pointed out, not replaced by a guess', async () => {
    for (const title of ['', '   ']) {
      const r = await run(['new', 'checklist', 'untitled-list', '--title', title]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('--title is empty');
    }
    expect(existsSync(project('content', 'checklists', 'untitled-list.yaml'))).toBe(false);
  });

  test('--dry-run says what it would write and writes nothing; bad kind and section are refused', async () => {
    const r = await run(['new', 'playbook', 'dry-page', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('would write content/docs/playbooks/dry-page.mdx');
    expect(existsSync(project('content', 'docs', 'playbooks', 'dry-page.mdx'))).toBe(false);
    expect((await run(['new', 'poem', 'x'])).err).toContain(
      'Unknown kind "poem". Kinds: playbook, runbook, checklist, assessment, ladder.',
    );
    expect((await run(['new', 'playbook', 'x', '--section', 'ops'])).err).toContain('Unknown section "ops"');
  });
});

describe('handbook plan', () => {
  test('prints a dated plan: milestones, week 1, check-ins on working days', async () => {
    const r = await run([
      'plan',
      '--role',
      'em',
      '--start',
      '2027-01-11',
      '--team',
      'Payments',
      '--manager',
      'Rosa Diaz',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('# New engineering manager: 30/60/90-day plan — Payments');
    expect(r.out).toContain('| 2027-01-15 | End of week 1');
    expect(r.out).toContain('| 2027-02-09 | Day-30 check-in with Rosa Diaz |');
    expect(r.out).toContain('| 2027-04-12 | Day-90 check-in with Rosa Diaz |');
    expect(r.out).toMatch(/## Days 31–60.*\(2027-02-10 → 2027-03-11\)/);
    expect(r.out).toMatch(/^- \[ \] /m);
  });

  test('--days-off: no milestone or phase boundary falls on a holiday or on leave, and the plan says which it skipped', async () => {
    const args = ['plan', '--role', 'em', '--start', '2026-12-21', '--team', 'Payments', '--json'];
    const dates = async (extra: string[]) => {
      const r = await run([...args, ...extra]);
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out) as { milestones: { id: string; date: string }[]; markdown: string };
      const on: Record<string, string> = Object.fromEntries(json.milestones.map((m) => [m.id, m.date]));
      on.markdown = json.markdown;
      return on;
    };
    const plain = await dates([]);
    // Monday 21 December: week 1 ends on Christmas Day; day 30 is Tuesday 19 January.
    expect(plain['week-1']).toBe('2026-12-25');
    expect(plain['day-30']).toBe('2027-01-19');
    expect(plain.markdown).not.toContain('days off');
    const off = await dates(['--days-off', '2026-12-24..2027-01-01, 2027-01-19']);
    // Three working days before the break (21–23), then Monday 4 and Tuesday 5 January.
    expect(off['first-day']).toBe('2026-12-21');
    expect(off['week-1']).toBe('2027-01-05');
    expect(off['day-30']).toBe('2027-01-20');
    expect(off['day-90']).toBe(plain['day-90']);
    expect(off.markdown).toContain(
      'Dates skip weekends and these days off: 2026-12-24 → 2027-01-01, 2027-01-19.',
    );
    expect(off.markdown).toContain('| 2027-01-20 | Day-30 check-in with your manager |');
    // A start on a day off begins on the next working day.
    expect((await dates(['--days-off', '2026-12-21,2026-12-22']))['first-day']).toBe('2026-12-23');

    for (const [value, says] of [
      ['2027-13-01', '"2027-13-01" is not a date (YYYY-MM-DD)'],
      ['2027-01-05..2027-01-01', '"2027-01-05..2027-01-01" ends before it starts'],
      ['Christmas', '"Christmas" is not a date'],
    ]) {
      const r = await run([...args.slice(0, -1), '--days-off', value!]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`--days-off: ${says}`);
      expect(r.err).toContain('e.g. --days-off 2026-12-24..2027-01-01,2027-04-02');
    }
  });

  test('the end of week 1 says what it looks like for the role, not the same line for everyone', async () => {
    const week1 = async (role: string) => {
      const r = await run(['plan', '--role', role, '--start', '2027-01-11', '--team', 'Payments']);
      return /\| 2027-01-15 \| (End of week 1: .*) \|/.exec(r.out)?.[1];
    };
    const lines = await Promise.all(['em', 'engineer', 'pm', 'staff'].map(week1));
    expect(new Set(lines).size).toBe(4);
    expect(lines[0]).toContain('1:1 with every report');
    expect(lines[1]).toContain('first small change shipped');
  });

  test('an item’s detail and link go under it, the link where it leads from where the plan goes', async () => {
    const data = parse(readFileSync(project('content', 'checklists', 'new-em-90-days.yaml'), 'utf8')) as {
      groups: { items: { text: string; detail?: string; link?: string }[] }[];
    };
    const item = data.groups.flatMap((g) => g.items).find((i) => i.detail && i.link?.startsWith('/'))!;
    expect(item).toBeDefined();
    const r = await run(['plan', '--role', 'em', '--start', '2027-01-11', '--team', 'Payments']);
    expect(r.code).toBe(0);
    // Printed for a wiki or an issue with no public site configured: the path, named as the handbook's.
    expect(r.out).toContain(`- [ ] ${item.text}`);
    expect(r.out).toContain(`\n  - ${item.detail} More in the handbook: ${item.link}\n`);
    // With the site's address, a link to it; inside the site (--mdx), the site path.
    const input = { role: 'em', start: new Date('2027-01-11T00:00:00'), team: 'Payments' };
    const checklist = ChecklistSchema.parse(data);
    expect(planMarkdown(input, checklist, 'https://hb.example/docs/')).toContain(
      `${item.detail} [More in the handbook](https://hb.example/docs${item.link})`,
    );
    expect(planMarkdown(input, checklist, '')).toContain(
      `${item.detail} [More in the handbook](${item.link})`,
    );
  });

  test('writes Markdown and a calendar of the check-ins to files', async () => {
    const r = await run([
      'plan',
      '--role',
      'engineer',
      '--start',
      '2027-03-06',
      '--team',
      'Search',
      '--out',
      'plan.md',
      '--ics',
      'plan.ics',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(scratch, 'plan.md'), 'utf8')).toContain('| 2027-03-08 | First day |'); // a Saturday start begins Monday
    const ics = readFileSync(join(scratch, 'plan.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270406'); // day 30, counted from Monday 8 March
  });

  test('writes an MDX page into content/ that passes the schema', async () => {
    const r = await run([
      'plan',
      '--role',
      'pm',
      '--start',
      '2027-01-11',
      '--team',
      'Growth',
      '--mdx',
      'growth-pm-plan',
    ]);
    expect(r.code).toBe(0);
    const file = project('content', 'docs', 'playbooks', 'growth-pm-plan.mdx');
    expect(checkPage(file, 'playbooks/growth-pm-plan.mdx', readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('an invalid date, an unknown role or a missing team is a clear error and writes nothing', async () => {
    const before = files(scratch);
    const bad = await run([
      'plan',
      '--role',
      'em',
      '--start',
      '2027-02-30',
      '--team',
      'X',
      '--out',
      'bad.md',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"2027-02-30" is not a date. Write it as YYYY-MM-DD');
    expect((await run(['plan', '--role', 'ceo', '--start', '2027-01-11', '--team', 'X'])).err).toContain(
      'Unknown role "ceo". Roles: em, engineer, pm, staff.',
    );
    // A value a typo away from a known one is named, as a mistyped option or command is.
    expect((await run(['plan', '--role', 'enginer', '--start', '2027-01-11', '--team', 'X'])).err).toContain(
      'Unknown role "enginer". Did you mean "engineer"? Roles: em, engineer, pm, staff.',
    );
    expect((await run(['plan', '--role', 'em', '--start', '2027-01-11'])).err).toContain('plan needs --team');
    expect(files(scratch)).toEqual(before);
  });

  test('an existing output file is not overwritten without --force', async () => {
    writeFileSync(join(scratch, 'mine.md'), 'keep me');
    const r = await run(['plan', '--role', 'em', '--start', '2027-01-11', '--team', 'X', '--out', 'mine.md']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(scratch, 'mine.md'), 'utf8')).toBe('keep me');
  });
});

describe('handbook export', () => {
  for (const target of TARGETS) {
    test(`exports to ${target} with no JSX, no imports and no broken links`, async () => {
      const out = join(scratch, `export-${target}`);
      const r = await run(['export', '--target', target, '--out', out, '--json']);
      expect(r.code, r.err).toBe(0);
      const summary = JSON.parse(r.out);
      expect(summary.pages).toBeGreaterThan(40);
      for (const file of files(out).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(out, file), 'utf8');
        expect(text, file).not.toMatch(/^import |^export |<[A-Z][A-Za-z]+[\s/>]/m);
      }
    });
  }

  test('github-wiki has Home.md and _Sidebar.md; obsidian uses wikilinks and callouts; docusaurus admonitions', async () => {
    expect(files(join(scratch, 'export-github-wiki'))).toEqual(
      expect.arrayContaining(['Home.md', '_Sidebar.md']),
    );
    const obsidian = readFileSync(join(scratch, 'export-obsidian', 'incidents', 'roles.md'), 'utf8');
    expect(obsidian).toMatch(/\[\[incidents\/[a-z-]+\|/);
    const anyCallout = files(join(scratch, 'export-obsidian')).some(
      (f) =>
        f.endsWith('.md') &&
        /^> \[!(note|tip|caution|danger)\]/m.test(readFileSync(join(scratch, 'export-obsidian', f), 'utf8')),
    );
    expect(anyCallout).toBe(true);
    const docusaurus = files(join(scratch, 'export-docusaurus'))
      .map((f) => readFileSync(join(scratch, 'export-docusaurus', f), 'utf8'))
      .join('\n');
    expect(docusaurus).toMatch(/^:::(note|tip|caution|danger)/m);
    expect(docusaurus).toMatch(/^sidebar_position: \d+$/m);
  });

  test('--section exports only those sections; links elsewhere become plain text', async () => {
    const out = join(scratch, 'export-incidents');
    const r = await run(['export', '--target', 'gfm', '--out', out, '--section', 'incidents', '--json']);
    expect(r.code).toBe(0);
    expect(
      files(out)
        .filter((f) => f.endsWith('.md'))
        .every((f) => f.startsWith('incidents') || f === 'index.md'),
    ).toBe(true);
    expect(JSON.parse(r.out).droppedLinks.length).toBeGreaterThan(0);
  });

  test('--section: the home page lists every exported page, linked, for each target’s own home', async () => {
    for (const [target, home] of [
      ['gfm', 'index.md'],
      ['github-wiki', 'Home.md'],
    ] as const) {
      const out = join(scratch, `export-home-${target}`);
      const r = await run(['export', '--target', target, '--out', out, '--section', 'incidents']);
      expect(r.code, r.err).toBe(0);
      const text = readFileSync(join(out, home), 'utf8');
      const pages = files(out).filter((f) => f.endsWith('.md') && !/^(index|Home|_Sidebar)\.md$/.test(f));
      expect(pages.length).toBeGreaterThan(5);
      // Every page is linked from the home page, by the address the target links it with.
      for (const page of pages)
        expect(text, `${target}: ${page}`).toContain(
          `](${page.replace(/\.md$/, target === 'gfm' ? '.md' : '')})`,
        );
      expect(text).toContain('This copy holds part of the handbook: the Incidents & on-call section.');
    }
  });

  test('refuses an unknown target, a non-empty folder and a folder inside content/, writing nothing', async () => {
    expect((await run(['export', '--target', 'wordpress', '--out', 'x'])).err).toContain(
      'Unknown target "wordpress". Targets: gfm, github-wiki',
    );
    expect((await run(['export', '--target', 'confluance', '--out', 'x'])).err).toContain(
      'Unknown target "confluance". Did you mean "confluence"?',
    );
    expect((await run(['export', '--target', 'gfm', '--section', 'managment', '--out', 'x'])).err).toContain(
      'Unknown section "managment". Did you mean "management"?',
    );
    mkdirSync(join(scratch, 'full'));
    writeFileSync(join(scratch, 'full', 'notes.txt'), 'mine');
    const full = await run(['export', '--target', 'gfm', '--out', 'full']);
    expect(full.code).toBe(1);
    expect(full.err).toContain('is not empty. Nothing was written.');
    expect(files(join(scratch, 'full'))).toEqual(['notes.txt']);
    const inside = await run(['export', '--target', 'gfm', '--out', project('content', 'exported')]);
    expect(inside.code).toBe(1);
    expect(existsSync(project('content', 'exported'))).toBe(false);
  });

  test('a HANDBOOK_ROOT with no content/ is refused (exit 1) instead of checking "0 files" or writing there', () => {
    const empty = join(scratch, 'not-a-handbook');
    mkdirSync(empty);
    for (const args of [
      ['check'],
      ['new', 'checklist', 'abc'],
      ['export', '--target', 'gfm', '--out', join(scratch, 'x')],
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: scratch,
        encoding: 'utf8',
        env: { ...process.env, HANDBOOK_ROOT: empty, CI: 'true', NO_COLOR: '1' },
      });
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(
        `No handbook here: ${join(empty, 'content')} does not exist. HANDBOOK_ROOT points`,
      );
    }
    expect(files(empty)).toEqual([]);
    expect(existsSync(join(scratch, 'x'))).toBe(false);
  });

  test('--out naming a file, not a folder, is the user’s mistake (exit 1), and the file is left as it was', async () => {
    writeFileSync(join(scratch, 'notes.txt'), 'mine');
    for (const force of [[], ['--force']]) {
      const r = await run(['export', '--target', 'gfm', '--out', 'notes.txt', ...force]);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain('notes.txt is a file, not a folder. Choose another path. Nothing was written.');
    }
    expect(readFileSync(join(scratch, 'notes.txt'), 'utf8')).toBe('mine');
  });

  test('a page that does not parse stops the export with its file and line, exit 1, and nothing written', async () => {
    const page = project('content', 'docs', 'incidents', 'broken-page.mdx');
    const good = readFileSync(project('content', 'docs', 'incidents', 'on-call.mdx'), 'utf8');
    const front = /^---\n[\s\S]*?\n---\n/.exec(good)![0];
    writeFileSync(page, `${front}\nFine so far.\n\nThen {an unclosed expression\n`);
    try {
      for (const target of ['gfm', 'booklet']) {
        const out = join(scratch, `broken-${target}${target === 'booklet' ? '.html' : ''}`);
        const r = await run(['export', '--target', target, '--out', out]);
        expect(r.code, r.err).toBe(1);
        const line = front.split('\n').length + 3; // the frontmatter's lines, a blank, a sentence, a blank
        expect(r.err).toContain(`content/docs/incidents/broken-page.mdx:${line}:`);
        expect(r.err).toContain('npx handbook check');
        expect(r.err).not.toContain('bug');
        expect(existsSync(out)).toBe(false);
      }
    } finally {
      rmSync(page);
    }
  });
});

describe('handbook check', () => {
  test('reports a missing field, broken YAML and a broken link as file:line: message and exits 1', async () => {
    const page = project('content', 'docs', 'incidents', 'on-call.mdx');
    const original = readFileSync(page, 'utf8');
    writeFileSync(
      page,
      original
        .replace(/^section: incidents$/m, 'section: ops')
        .replace('](/incidents/slos-and-error-budgets/)', '](/incidents/no-such-page/)'),
    );
    const broken = project('content', 'checklists', 'broken.yaml');
    writeFileSync(broken, 'id: broken\ntitle: [unclosed\n');
    try {
      const r = await run(['check']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^content\/docs\/incidents\/on-call\.mdx:\d+: section: "ops" is not a section/m);
      expect(r.out).toMatch(
        /^content\/docs\/incidents\/on-call\.mdx:\d+: link to \/incidents\/no-such-page\/: no such page/m,
      );
      expect(r.out).toMatch(/^content\/checklists\/broken\.yaml:\d+: not valid YAML/m);
      expect(r.err).toMatch(/\d+ problem\(s\) in \d+ files/);
    } finally {
      // Export refuses what check refuses: later tests export this project, so put it back.
      writeFileSync(page, original);
      rmSync(broken);
    }
  });
});

describe('handbook check --stale', () => {
  /** Runs `check` with a config in the scratch project and the build day pinned, then removes both. */
  async function withConfig(config: string, today: string, args: string[]) {
    writeFileSync(project('handbook.config.yaml'), config);
    process.env.HANDBOOK_TODAY = today;
    try {
      return await run(args);
    } finally {
      rmSync(project('handbook.config.yaml'));
      delete process.env.HANDBOOK_TODAY;
    }
  }

  test('lists each page past its review date at its lastReviewed line, by owner, and exits 0', async () => {
    const config =
      'owner: "@handbook-team"\nsections:\n  incidents: { owner: "@sre", reviewEvery: 1 month }\n';
    // A month after the pages' reviews: only the incident pages, reviewed monthly, are due.
    const r = await withConfig(config, '2027-02-01', ['check', '--stale']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines)
      expect(line).toMatch(
        /^content\/docs\/incidents\/[a-z-]+\.mdx:\d+: due for review since \d{4}-\d{2}-\d{2} \(every 1 month\); owner: @sre$/,
      );
    const [file, line] = lines[0]!.split(':');
    expect(readFileSync(project(file!), 'utf8').split('\n')[Number(line) - 1]).toMatch(/^lastReviewed: /);
    expect(r.err).toMatch(/^\d+ of \d+ pages are past their review date$/m);
  });

  test('with --strict, exits 1 when a page is overdue and 0 when none is', async () => {
    expect(
      (await withConfig('reviewEvery: 1 month\n', '2027-06-01', ['check', '--stale', '--strict'])).code,
    ).toBe(1);
    const fresh = await withConfig('reviewEvery: 5 years\n', '2027-06-01', ['check', '--stale', '--strict']);
    expect(fresh.code).toBe(0);
    expect(fresh.out).toMatch(/pages with a review date: none is past it/);
  });

  test('--strict alone is refused with the fix', async () => {
    const r = await run(['check', '--strict']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--strict works with --stale');
  });

  test('a broken config is the user’s mistake: exit 1, the key and its line', async () => {
    const r = await withConfig('name: Acme\nbase: handbook\n', '2027-01-01', ['check']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('handbook.config.yaml:2: base: write a path that starts and ends with a slash');
  });
});

describe('the CLI and the site agree (one model)', () => {
  test('export lists the ladders in the site’s order: engineering, management, product', async () => {
    const out = join(scratch, 'export-order');
    expect((await run(['export', '--target', 'github-wiki', '--out', out])).code).toBe(0);
    const sidebar = readFileSync(join(out, '_Sidebar.md'), 'utf8');
    const at = (title: string) => sidebar.indexOf(`[${title}]`);
    expect(at('IC engineering ladder')).toBeGreaterThan(-1);
    expect(at('IC engineering ladder')).toBeLessThan(at('Engineering management ladder'));
    expect(at('Engineering management ladder')).toBeLessThan(at('Product management ladder'));
  });

  test('check refuses a ladder whose id is not its file name, as the build does', async () => {
    const copy = project('content', 'ladders', 'ic-copy.yaml');
    cpSync(project('content', 'ladders', 'ic-engineering.yaml'), copy);
    try {
      const r = await run(['check']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /^content\/ladders\/ic-copy\.yaml:\d+: id "ic-engineering" does not match the file name; rename the file to ic-engineering\.yaml or write id: ic-copy$/m,
      );
    } finally {
      rmSync(copy);
    }
  });

  test('plan with a broken checklist is the user’s mistake (exit 1), naming the file and line', async () => {
    const file = project('content', 'checklists', 'new-em-90-days.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^title: .*$/m, 'title: [unclosed'));
    try {
      const r = await run(['plan', '--role', 'em', '--start', '2027-01-11', '--team', 'X']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /checklist that has problems[\s\S]*content\/checklists\/new-em-90-days\.yaml:\d+: not valid YAML/,
      );
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('the real bin', () => {
  test('exports, and exits 1 with file:line problems from check', () => {
    const out = join(scratch, 'export-bin');
    const r = spawnBin(['export', '--target', 'obsidian', '--out', out, '--section', 'incidents']);
    expect(r.code, r.err).toBe(0);
    expect(files(out)).toContain('incidents/on-call.md');
    const broken = project('content', 'checklists', 'broken.yaml');
    writeFileSync(broken, 'id: broken\ntitle: [unclosed\n');
    try {
      const check = spawnBin(['check']);
      expect(check.code).toBe(1);
      expect(check.out).toMatch(/^content\/checklists\/broken\.yaml:\d+: not valid YAML/m);
    } finally {
      rmSync(broken);
    }
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Node, Parent } from 'mdast';
import { main } from '../../src/cli/main';
import { fileError, UserError } from '../../src/cli/context';
import { assertOutsideContent } from '../../src/cli/write-files';
import { checkPage } from '../../src/lib/content-check/page';
import { parseMdx } from '../../src/lib/export/parse';
import { FIXTURES, ROOT } from '../paths';
import { readSiteBuild } from '../../src/config/site-build';
import { loadSettings } from '../../src/config/settings';

/**
 * The CLI's safety rules, on a scratch copy of the handbook: no output lands inside a content
 * folder unless that is the command's purpose, a file-system problem is the user's to fix
 * (exit 1, never "Internal error"), nothing is half-written, the pages it writes pass `check`,
 * and a mistyped command line is refused with the fix.
 */
let scratch: string;
const project = (...parts: string[]) => join(scratch, 'project', ...parts);
const here = (...parts: string[]) => join(scratch, ...parts);
const PLAN = ['plan', '--role', 'em', '--start', '2027-01-11', '--team', 'Payments'];
const PACKET = ['packet', '--evidence', 'evidence.json', '--ladder', 'ic-engineering', '--level', 'staff'];

async function run(args: string[], cwd = scratch) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), root: project(), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What `check` finds in the scratch copy, and what it found before any test ran. */
const problems = async () => JSON.parse((await run(['check', '--json'])).out).problems as unknown[];
let baseline: unknown[];

/** Every file under `dir`, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'handbook-safety-'));
  cpSync(join(ROOT, 'content'), project('content'), { recursive: true });
  cpSync(join(FIXTURES, 'forks', 'acme'), project('fork'), { recursive: true });
  copyFileSync(join(FIXTURES, 'evidence', 'staff-evidence.json'), here('evidence.json'));
  baseline = await problems();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.HANDBOOK_CONFIG;
});
/** Runs as the Acme fork: its config (tech-leadership off) and its local/ layer. */
const asFork = () => (process.env.HANDBOOK_CONFIG = 'fork/handbook.config.yaml');

describe('outputs stay out of the handbook’s content folders', () => {
  test('plan --out and packet --out into content/ are refused, and check finds nothing new', async () => {
    const before = files(project());
    const plan = await run([...PLAN, '--out', project('content', 'docs', 'x.md')]);
    expect(plan.code).toBe(1);
    expect(plan.err).toContain('Refusing to write --out content/docs/x.md: it is inside content/');
    const packet = await run([...PACKET, '--out', project('content', 'docs', 'promotions', 'packet.md')]);
    expect(packet.code).toBe(1);
    expect(packet.err).toContain('--out content/docs/promotions/packet.md: it is inside content/');
    expect(files(project())).toEqual(before);
    expect(await problems()).toEqual(baseline);
  });

  test('--ics into content/ is refused before the --out file beside it is written', async () => {
    const r = await run([...PLAN, '--out', 'fine.md', '--ics', project('content', 'plan.ics')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--ics content/plan.ics: it is inside content/');
    expect(existsSync(here('fine.md'))).toBe(false);
  });

  test('a symbolic link to content/ does not get around the guard', async () => {
    symlinkSync(project('content'), here('shortcut'));
    const r = await run([...PLAN, '--out', 'shortcut/docs/x.md']);
    expect(r.code).toBe(1);
    expect(existsSync(project('content', 'docs', 'x.md'))).toBe(false);
    // A link named as the file itself: to a page (with --force), or to a page not there yet.
    symlinkSync(project('content', 'docs', 'incidents', 'on-call.mdx'), here('page-link.md'));
    symlinkSync(project('content', 'docs', 'not-yet.md'), here('dangling.md'));
    for (const link of ['page-link.md', 'dangling.md']) {
      const linked = await run([...PLAN, '--out', link, '--force']);
      expect(linked.code, link).toBe(1);
      expect(linked.err).toContain('it is inside content/');
    }
    expect(readFileSync(project('content', 'docs', 'incidents', 'on-call.mdx'), 'utf8')).toMatch(/^---\n/);
    expect(existsSync(project('content', 'docs', 'not-yet.md'))).toBe(false);
  });

  test('new does not write through a symbolic link out of its folder, existing or dangling, even with --force', async () => {
    writeFileSync(here('victim.txt'), 'mine');
    symlinkSync(here('victim.txt'), project('content', 'docs', 'playbooks', 'evil.mdx'));
    symlinkSync(here('not-yet.txt'), project('content', 'checklists', 'dangling.yaml'));
    for (const args of [
      ['new', 'playbook', 'evil', '--force'],
      ['new', 'checklist', 'dangling'],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/it is a symbolic link to .*, outside content\. Remove the link/);
    }
    expect(readFileSync(here('victim.txt'), 'utf8')).toBe('mine');
    expect(existsSync(here('not-yet.txt'))).toBe(false);
  });

  test('a fork’s local/ is content too, and so is local/ before it exists', async () => {
    asFork();
    const r = await run([...PLAN, '--out', project('fork', 'local', 'docs', 'x.md')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('it is inside fork/local/');
    delete process.env.HANDBOOK_CONFIG;
    const fresh = await run([...PLAN, '--out', project('local', 'docs', 'x.md')]);
    expect(fresh.code).toBe(1);
    expect(existsSync(project('local'))).toBe(false);
  });

  test('plan --mdx still writes its page into the last layer, on purpose, and it passes check', async () => {
    asFork();
    const r = await run([...PLAN, '--mdx', 'payments-plan']);
    expect(r.code, r.err).toBe(0);
    const page = project('fork', 'local', 'docs', 'playbooks', 'payments-plan.mdx');
    expect(checkPage(page, 'playbooks/payments-plan.mdx', readFileSync(page, 'utf8'))).toEqual([]);
    rmSync(page);
  });

  test('assertOutsideContent, the guard every command shares, refuses a content path and allows others', () => {
    const ctx = { root: project() };
    expect(() => assertOutsideContent(ctx, project('content', 'exported'), '--out')).toThrow(UserError);
    expect(() => assertOutsideContent(ctx, project('content'), '--out')).toThrow(
      /--out content: it is inside/,
    );
    expect(() => assertOutsideContent(ctx, project('contents', 'x'), '--out')).not.toThrow();
    expect(() => assertOutsideContent(ctx, here('export'))).not.toThrow();
  });
});

describe('file-system problems are the user’s to fix: exit 1 with the fix, never "Internal error"', () => {
  test('--out naming a folder, with or without --force, asks for a file name', async () => {
    mkdirSync(here('a-folder'));
    for (const force of [[], ['--force']]) {
      const plan = await run([...PLAN, '--out', 'a-folder', ...force]);
      expect(plan.code).toBe(1);
      expect(plan.err).toContain(
        `--out ${here('a-folder')} is a folder; give a file name, e.g. --out ${here('a-folder', 'plan.md')}`,
      );
      expect(plan.err).not.toContain('--force');
      const packet = await run([...PACKET, '--out', 'a-folder', ...force]);
      expect(packet.code).toBe(1);
      expect(packet.err).toContain(`e.g. --out ${here('a-folder', 'packet.md')}`);
    }
    expect(readdirSync(here('a-folder'))).toEqual([]);
  });

  test('a path through a file names the file in the way', async () => {
    writeFileSync(here('a-file'), 'mine');
    const r = await run([...PLAN, '--out', 'a-file/deeper/plan.md', '--force']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${here('a-file')} is a file, not a folder`);
    expect(readFileSync(here('a-file'), 'utf8')).toBe('mine');
  });

  test.skipIf(!existsSync('/proc/self'))('a place the system refuses (/proc) says why', async () => {
    const r = await run([...PLAN, '--out', '/proc/plan.md']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Cannot write \/proc\/plan\.md: .+\. Nothing was written\.$/);
  });

  test('HANDBOOK_CONFIG naming a folder is a config mistake', async () => {
    process.env.HANDBOOK_CONFIG = 'fork';
    const r = await run(['check']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`HANDBOOK_CONFIG names ${project('fork')}, which is a folder`);
  });

  test('fileError turns the codes a user can fix into UserErrors, and leaves the rest alone', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code });
    for (const [code, reason] of [
      ['EACCES', 'permission denied'],
      ['EROFS', 'the file system is read-only'],
      ['ENOSPC', 'the disk is full'],
    ]) {
      const error = fileError(coded(code!), 'write plan.md');
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe(`Cannot write plan.md: ${reason}.`);
    }
    const bug = new TypeError('x is undefined');
    expect(fileError(bug, 'write plan.md')).toBe(bug);
  });

  test('the evidence log is never the packet’s --out, even with --force', async () => {
    const r = await run([...PACKET, '--out', 'evidence.json', '--force']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is the evidence log itself');
    expect(JSON.parse(readFileSync(here('evidence.json'), 'utf8'))).toHaveProperty('entries');
  });
});

describe('several outputs: checked together, written all or nothing', () => {
  test('--out and --ics naming one file are refused up front, with or without --force', async () => {
    for (const force of [[], ['--force']]) {
      const r = await run([...PLAN, '--out', 'same.txt', '--ics', 'same.txt', ...force]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`--out and --ics both name ${here('same.txt')}; give each its own file`);
      expect(existsSync(here('same.txt'))).toBe(false);
    }
  });

  test('an existing --ics stops the command before the new --out is written', async () => {
    writeFileSync(here('kept.ics'), 'mine');
    const r = await run([...PLAN, '--out', 'new-plan.md', '--ics', 'kept.ics']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('kept.ics already exists. Nothing was written.');
    expect(existsSync(here('new-plan.md'))).toBe(false);
  });
});

/** Each table row of an MDX page as its cells' text, read by the parser the build uses. */
function tableRows(page: string): string[][] {
  const text = (node: Node): string =>
    'value' in node
      ? String(node.value)
      : 'children' in node
        ? (node as Parent).children.map(text).join('')
        : '';
  const rows: string[][] = [];
  const walk = (node: Node) => {
    if (node.type === 'tableRow') rows.push((node as Parent).children.map(text));
    else if ('children' in node) (node as Parent).children.forEach(walk);
  };
  walk(parseMdx(page));
  return rows;
}

describe('pages the CLI writes pass check, whatever the user typed', () => {
  test('plan --mdx with "<", "{" and "|" in the names: the page parses and the table keeps two columns', async () => {
    const manager = 'Rosa <Diaz> | {B}';
    const r = await run([
      'plan',
      '--role',
      'em',
      '--start',
      '2027-01-11',
      '--team',
      'Pay {ments} `x`',
      '--manager',
      manager,
      '--mdx',
      'odd-names',
    ]);
    expect(r.code, r.err).toBe(0);
    const file = project('content', 'docs', 'playbooks', 'odd-names.mdx');
    const page = readFileSync(file, 'utf8');
    expect(checkPage(file, 'playbooks/odd-names.mdx', page)).toEqual([]);
    expect(tableRows(page)).toContainEqual(['2027-02-09', `Day-30 check-in with ${manager}`]);
    expect(page).toMatch(/^````markdown title="[^"`]*" purpose=/m);
    expect(await problems()).toEqual(baseline); // the check and the build read the page alike
    rmSync(file);
  });

  test('an empty --manager counts as none: "with your manager", never "with |"', async () => {
    const r = await run([...PLAN, '--manager', '']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('| 2027-02-09 | Day-30 check-in with your manager |');
    expect(r.out).not.toContain('manager: .');
  });

  test('new runbook with quotes in --title keeps the code fence’s title attribute whole', async () => {
    const r = await run(['new', 'runbook', 'big-one', '--title', 'The "big" one']);
    expect(r.code, r.err).toBe(0);
    const page = readFileSync(project('content', 'docs', 'incidents', 'big-one.mdx'), 'utf8');
    expect(page).toContain(`\`\`\`markdown title="The 'big' one: first message" purpose=`);
    rmSync(project('content', 'docs', 'incidents', 'big-one.mdx'));
    rmSync(project('content', 'checklists', 'big-one.yaml'));
  });
});

describe('handbook new: says what check will ask, and respects the fork’s sections', () => {
  test('a playbook says it is a draft until it has 600 words, and how to keep it out meanwhile', async () => {
    const r = await run(['new', 'playbook', 'draft-page', '--section', 'management']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/600 words of prose[\s\S]*_draft-page\.mdx/);
    rmSync(project('content', 'docs', 'management', 'draft-page.mdx'));
    const json = await run(['new', 'playbook', 'draft-page', '--json', '--dry-run']);
    expect(JSON.parse(json.out)).toEqual({
      ok: true,
      dryRun: true,
      files: ['content/docs/playbooks/draft-page.mdx'],
    });
    const written = await run(['new', 'playbook', 'draft-page', '--json']);
    expect(JSON.parse(written.out).next).toContain('600 words');
    rmSync(project('content', 'docs', 'playbooks', 'draft-page.mdx'));
  });

  test('a section the fork turned off is refused, naming the config', async () => {
    asFork();
    const before = files(project());
    const r = await run(['new', 'playbook', 'foo', '--section', 'tech-leadership']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'The section "tech-leadership" is turned off in fork/handbook.config.yaml (sections: tech-leadership: false)',
    );
    expect(files(project())).toEqual(before);
  });

  test('check reports a page the fork wrote in a section it turned off, in new’s words; upstream’s pages there stay silent', async () => {
    asFork();
    const before = JSON.parse((await run(['check', '--json'])).out).problems as { file: string }[];
    expect(before.filter((p) => p.file.includes('tech-leadership'))).toEqual([]);
    const page = project('fork', 'local', 'docs', 'tech-leadership', 'our-guilds.mdx');
    mkdirSync(join(page, '..'), { recursive: true });
    writeFileSync(
      page,
      '---\ntitle: Our guilds\ndescription: How our guilds work.\naudience: [engineer]\nkind: about\nsection: tech-leadership\nlastReviewed: 2026-11-20\nsources: []\n---\n\nText.\n',
    );
    try {
      const r = await run(['check', '--json']);
      expect(r.code).toBe(1);
      const found = (JSON.parse(r.out).problems as { file: string }[]).filter((p) =>
        p.file.includes('tech-leadership'),
      );
      expect(found).toEqual([
        {
          file: 'fork/local/docs/tech-leadership/our-guilds.mdx',
          line: 6,
          message:
            'The section "tech-leadership" is turned off in fork/handbook.config.yaml (sections: tech-leadership: false), so its pages are not built. Choose another section, or turn it back on there.',
        },
      ]);
      // The build leaves the page out too, and says so rather than dropping it without a word.
      const site = readSiteBuild(loadSettings(process.env, project()), project());
      expect(site.warnings).toEqual(found);
      expect(site.excluded).toContain('fork/local/docs/tech-leadership/our-guilds.mdx');
    } finally {
      rmSync(join(page, '..'), { recursive: true });
    }
  });

  test('in a fork with a config but no local/ yet, new writes into local/, never into upstream’s content/', async () => {
    mkdirSync(project('young-fork'));
    writeFileSync(project('young-fork', 'handbook.config.yaml'), 'name: Young Fork Handbook\n');
    process.env.HANDBOOK_CONFIG = 'young-fork/handbook.config.yaml';
    const content = files(project('content'));
    const r = await run(['new', 'checklist', 'team-launch', '--json']);
    expect(r.code, r.out).toBe(0);
    expect(JSON.parse(r.out).files).toEqual(['young-fork/local/checklists/team-launch.yaml']);
    expect(files(project('content'))).toEqual(content);
    rmSync(project('young-fork'), { recursive: true });
  });

  test('--section on a kind that has none is refused', async () => {
    const r = await run(['new', 'checklist', 'x', '--section', 'incidents']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--section is for pages (playbook, runbook)');
  });
});

describe('the command line: nothing silently ignored, mistakes answered with the fix', () => {
  test('arguments a command does not take are named, with its usage', async () => {
    const check = await run(['check', 'foo.mdx']);
    expect(check.code).toBe(1);
    expect(check.err).toContain('Unexpected argument "foo.mdx": check takes only options.');
    expect(check.err).toContain('Usage: handbook check');
    const exported = await run(['export', 'gfm', here('x')]);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain(`Unexpected arguments "gfm", "${here('x')}"`);
  });

  test('flags a command does not use are refused, not ignored', async () => {
    for (const flag of ['--force', '--dry-run']) {
      const r = await run(['check', flag]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`Unknown option '${flag}' for check. Its options: --stale, --strict`);
    }
    const both = await run([...PLAN, '--mdx', 'a', '--out', 'b.md']);
    expect(both.code).toBe(1);
    expect(both.err).toContain('use one of them');
    const twice = await run([...PLAN, '--manager', 'A', '--manager', 'B']);
    expect(twice.err).toContain('--manager is given twice ("A" and "B")');
  });

  test('a mistyped command or flag gets a suggestion', async () => {
    expect((await run(['expor'])).err).toContain('Unknown command "expor". Did you mean "export"?');
    expect((await run(['export', '--taget', 'gfm'])).err).toContain('Did you mean --target?');
  });

  test('a flag missing its value says so in our words, without Node’s syntax', async () => {
    const r = await run([...PLAN, '--out', '--force']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--out needs a value, but the option --force follows it.');
    expect(r.err).not.toMatch(/XYZ|\.\./);
    expect((await run([...PLAN, '--team'])).err).toContain('--team needs a value');
    expect((await run(['check', '--json=yes'])).err).toContain('--json takes no value');
  });

  test('with --json, a refused command line is JSON on stdout too', async () => {
    const r = await run(['check', '--json', '--bogus']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({ ok: false, error: expect.stringContaining("'--bogus'") });
  });

  test('--version prints the package’s version (the real bin)', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'handbook.mjs'), '--version'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`handbook ${version}`);
  });
});

describe('a reader that stops reading', () => {
  test('the command finishes quietly with its own exit code (the real bin)', () => {
    // `true` exits without reading, so every line the CLI prints meets a closed pipe.
    const bin = join(ROOT, 'bin', 'handbook.mjs');
    const script = (args: string) =>
      `"${process.execPath}" "${bin}" ${args} | true; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const help = spawnSync('bash', ['-c', script('--help')], { encoding: 'utf8' });
    expect(help.stderr).not.toContain('EPIPE');
    expect(help.stderr.trim()).toBe('exit=0');
    const wrong = spawnSync('bash', ['-c', script('plan --role nope')], { encoding: 'utf8' });
    expect(wrong.stderr).toContain('exit=1');
    expect(wrong.stderr).not.toContain('EPIPE');
  });
});

describe('plan output', () => {
  test('--json without a file to write includes the plan itself', async () => {
    const r = await run([...PLAN, '--json']);
    const answer = JSON.parse(r.out);
    expect(answer.files).toEqual([]);
    expect(answer.markdown).toContain('| 2027-04-12 | Day-90 check-in with your manager |');
  });

  test('the last phase ends at the day-90 check-in, not on the Saturday before it', async () => {
    const r = await run(PLAN);
    expect(r.out).toContain('| 2027-04-12 | Day-90 check-in');
    expect(r.out).toMatch(/## Days 61–90.*\(2027-03-12 → 2027-04-12\)/);
  });
});

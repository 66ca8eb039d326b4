import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { CONTENT, FIXTURES, ROOT } from '../paths';

/**
 * `handbook packet`, from an evidence file as the brag-document page exports it: the draft it
 * writes is checked against the fixture and the ladder, and every bad input exits 1 with the
 * file, the entry and the fix, writing nothing.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'packet-'));
  for (const f of ['staff-evidence.json', 'broken-evidence.json'])
    copyFileSync(join(FIXTURES, 'evidence', f), join(dir, f));
  writeFileSync(join(dir, 'not-json.json'), '{ "entries": [');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['packet', ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    root: ROOT,
    cwd: dir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'evidence', 'staff-evidence.json'), 'utf8')) as {
  ladder?: string;
  level?: string;
  entries: { what: string; dimensions: string[] }[];
};
const ladder = loadHandbookFromDisk(CONTENT, ROOT).handbook.ladders.find((l) => l.id === 'ic-engineering')!;
const staff = ladder.levels.find((l) => l.id === 'staff')!;

describe('handbook packet', () => {
  test('every entry lands under each dimension it shows, with the level’s expectation; empty dimensions are known concerns', async () => {
    const r = await run(
      '--evidence',
      'staff-evidence.json',
      '--ladder',
      'ic-engineering',
      '--level',
      'staff',
      '--out',
      'packet.md',
    );
    expect(r.code, r.err).toBe(0);
    const packet = readFileSync(join(dir, 'packet.md'), 'utf8');
    expect(packet).toContain(`→ ${staff.title}`);
    const sectionOf = (label: string) => {
      const start = packet.indexOf(`### ${label}\n`);
      return packet.slice(
        start,
        packet.indexOf('\n### ', start + 4) === -1 ? undefined : packet.indexOf('\n#', start + 4),
      );
    };
    for (const d of ladder.dimensions) {
      const section = sectionOf(d.label);
      expect(section, d.label).toContain(staff.dimensions[d.id]!.expectation.slice(0, 60));
      for (const e of fixture.entries)
        if (e.dimensions.includes(d.id)) expect(section, `${e.what} under ${d.label}`).toContain(e.what);
        else expect(section, `${e.what} not under ${d.label}`).not.toContain(e.what);
    }
    const concerns = packet.slice(packet.indexOf('## 4. Known concerns'));
    const empty = ladder.dimensions.filter((d) => !fixture.entries.some((e) => e.dimensions.includes(d.id)));
    expect(empty.length).toBeGreaterThan(0);
    for (const d of empty) expect(concerns).toContain(`Concern: ${d.label} — no evidence logged`);
    for (const d of ladder.dimensions.filter((x) => !empty.includes(x)))
      expect(concerns).not.toContain(`Concern: ${d.label}`);
  });

  test('never overwrites without --force; --dry-run and --json write nothing', async () => {
    writeFileSync(join(dir, 'mine.md'), 'my draft');
    const args = [
      '--evidence',
      'staff-evidence.json',
      '--ladder',
      'ic-engineering',
      '--level',
      'staff',
      '--out',
      'mine.md',
    ];
    const r = await run(...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain('already exists. Nothing was written. Add --force');
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('my draft');
    const dry = await run(...args.slice(0, -1), 'dry.md', '--dry-run', '--json');
    expect(JSON.parse(dry.out)).toMatchObject({
      ok: true,
      dryRun: true,
      entries: 3,
      ladder: 'ic-engineering',
      level: 'staff',
    });
    expect(existsSync(join(dir, 'dry.md'))).toBe(false);
  });

  test.each([
    [
      ['--evidence', 'broken-evidence.json'],
      [
        'broken-evidence.json is not a usable evidence log',
        'entries[0].date: write the date as YYYY-MM-DD',
        'entries[1].what: say what happened',
        'entries[1].dimensions: list the ladder dimensions',
      ],
    ],
    [['--evidence', 'not-json.json'], ['not-json.json is not valid JSON']],
    [['--evidence', 'missing.json'], ['missing.json does not exist']],
    [['--evidence', 'staff-evidence.json', '--ladder', 'ic'], ['Unknown ladder "ic". Ladders:']],
    [
      ['--evidence', 'staff-evidence.json', '--level', 'wizard'],
      ['Unknown level "wizard" in ic-engineering. Levels: junior, mid, senior, staff, principal'],
    ],
  ])('%j: exit 1, the file and the fix, nothing written', async (args, messages) => {
    const flags = {
      '--evidence': 'staff-evidence.json',
      '--ladder': 'ic-engineering',
      '--level': 'staff',
      '--out': 'bad.md',
    } as Record<string, string>;
    for (let i = 0; i < args.length; i += 2) flags[args[i]!] = args[i + 1]!;
    const before = readdirSync(dir).sort();
    const r = await run(...Object.entries(flags).flat());
    expect(r.code).toBe(1);
    for (const m of messages) expect(r.err).toContain(m);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test('a missing flag names it with an example', async () => {
    const r = await run('--evidence', 'staff-evidence.json', '--ladder', 'ic-engineering');
    expect(r.code).toBe(1);
    expect(r.err).toContain('packet needs --out, e.g. --out packet.md');
  });

  test('--ladder and --level default to the ones the evidence log names', async () => {
    const flagged = await run(
      ...['--evidence', 'staff-evidence.json', '--ladder', 'ic-engineering', '--level', 'staff'],
      ...['--out', 'flagged.md'],
    );
    const r = await run('--evidence', 'staff-evidence.json', '--out', 'from-log.md', '--json');
    expect([flagged.code, r.code], r.err).toEqual([0, 0]);
    expect(JSON.parse(r.out)).toMatchObject({
      files: [expect.stringMatching(/(^|\/)from-log\.md$/)],
      ladder: 'ic-engineering',
      level: 'staff',
      untagged: 0,
    });
    expect(readFileSync(join(dir, 'from-log.md'), 'utf8')).toBe(
      readFileSync(join(dir, 'flagged.md'), 'utf8'),
    );
  });

  test.each([
    // A log that names no ladder: both must be given.
    [
      { ...fixture, ladder: undefined, level: undefined },
      [],
      'packet needs --ladder, e.g. --ladder ic-engineering',
    ],
    // Another ladder than the log's: the log's level is not one of its levels.
    [fixture, ['--ladder', 'engineering-management'], 'packet needs --level, e.g. --level '],
    [fixture, ['--level', ''], 'packet needs --level, e.g. --level staff'],
  ])(
    'a log without what the packet needs, or an empty flag, says which flag: %#',
    async (log, args, message) => {
      writeFileSync(join(dir, 'log.json'), JSON.stringify(log));
      const r = await run('--evidence', 'log.json', ...args, '--out', 'needs.md');
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
      expect(existsSync(join(dir, 'needs.md'))).toBe(false);
    },
  );

  test('entries with no dimension of the ladder are listed apart, not dropped, and the CLI says so', async () => {
    const entries = [
      ...fixture.entries,
      { id: 'u1', date: '2026-09-01', what: 'Ran the hack week demo day', dimensions: [] },
      { id: 'u2', date: '2026-09-02', what: 'Wrote the product brief', dimensions: ['product-sense'] },
    ];
    writeFileSync(join(dir, 'untagged.json'), JSON.stringify({ ...fixture, entries }));
    const r = await run('--evidence', 'untagged.json', '--out', 'untagged.md');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('2 entries show no ic-engineering dimension');
    const packet = readFileSync(join(dir, 'untagged.md'), 'utf8');
    const apart = packet.slice(packet.indexOf('### Not tied to a dimension yet'), packet.indexOf('## 3.'));
    expect(apart).toContain('Ran the hack week demo day');
    expect(apart).toContain('Wrote the product brief');
    for (const e of fixture.entries) expect(apart).not.toContain(e.what);
  });

  test('an evidence log saved with a byte order mark (Notepad) is read like any other', async () => {
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(fixture)}`);
    const r = await run('--evidence', 'bom.json', '--out', 'bom.md');
    expect(r.code, r.err).toBe(0);
  });
});

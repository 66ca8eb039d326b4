// Benchmark: how fast `handbook export` is on a large handbook.
//
// Builds a synthetic handbook in a scratch folder — the real content/ plus 2,000 generated
// pages spread over the sections, each with asides, links, a table, a checklist and a code
// block — then runs the real CLI (`handbook export --json`) for each target and prints pages
// per second. Run with `npm run bench:export [-- <pages>]`. Numbers, not a pass/fail test.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = Number(process.argv[2] ?? 2000);
const SECTIONS = [
  'playbooks',
  'promotions',
  'management',
  'tech-leadership',
  'incidents',
  'decisions',
  'templates',
];
const TARGETS = (process.env.BENCH_TARGETS ?? 'gfm,github-wiki,obsidian,docusaurus').split(',');

const scratch = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
const project = join(scratch, 'project');
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });

for (let i = 0; i < PAGES; i++) {
  const section = SECTIONS[i % SECTIONS.length];
  // The next page, and the last links back to the first, in the section each really is in.
  const j = (i + 1) % PAGES;
  const next = `/${SECTIONS[j % SECTIONS.length]}/bench-${j}/`;
  const body = Array.from(
    { length: 6 },
    (_, p) =>
      `## Part ${p + 1}\n\nParagraph ${p} of synthetic page ${i}, linking to [the next page](${next}) and to [SLOs](/incidents/slos-and-error-budgets/). ` +
      'It has enough words to look like a real guide: context, a decision, and what to do this week.\n',
  ).join('\n');
  const text = `---\ntitle: Synthetic page ${i}\ndescription: Benchmark page ${i}.\naudience: [engineer]\nsection: ${section}\nlastReviewed: 2026-11-01\nsources:\n  - title: Benchmark source\n---\n\nimport Checklist from '~/components/checklists/Checklist.astro';\n\n:::tip[Page ${i}]\nA tip with **bold** text.\n:::\n\n${body}\n<Checklist id="incident-first-30-minutes" group="minutes-0-5" />\n\n| A | B |\n| --- | --- |\n| ${i} | ${i * 2} |\n\n\`\`\`markdown\n# Template ${i}\n\`\`\`\n`;
  const file = join(project, 'content', 'docs', section, `bench-${i}.mdx`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

console.log(`Synthetic handbook: ${PAGES} generated pages plus the real content, in ${project}`);
console.log('target        pages   seconds   pages/s');
for (const target of TARGETS) {
  const out = join(scratch, `out-${target}`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'handbook.mjs'), 'export', '--target', target, '--out', out, '--json'],
    {
      env: { ...process.env, HANDBOOK_ROOT: project },
      encoding: 'utf8',
    },
  );
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout);
    process.exitCode = 1;
    continue;
  }
  const { pages } = JSON.parse(run.stdout);
  console.log(
    `${target.padEnd(12)} ${String(pages).padStart(6)} ${wall.toFixed(2).padStart(9)} ${Math.round(
      pages / wall,
    )
      .toString()
      .padStart(9)}`,
  );
}
rmSync(scratch, { recursive: true, force: true });

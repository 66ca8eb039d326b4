// @ts-check
// The synthetic handbook: N generated pages of about 800 words that use the handbook's
// features, written once as handbook pages and once as plain Starlight pages.
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The section the synthetic pages are added to (its folder in content/docs/). */
export const SECTION = 'playbooks';

/** The links to ladder pages a synthetic handbook page carries (stable addresses). */
const LADDER_LINKS = [
  ['the senior level', '/ladders/ic-engineering/senior/'],
  ['what changes from mid to staff', '/ladders/ic-engineering/compare/mid-vs-staff/'],
];

/** Every tenth page embeds an assessment (20 kB of script and a 14 kB definition). */
const ASSESSMENT_EVERY = 10;

// Words for the generated prose: varied enough that Pagefind indexes something like real text.
const WORDS = `incident review deploy rollback latency budget owner team manager engineer staff senior
promotion ladder level expectation signal feedback mentor sponsor roadmap quarter planning estimate
risk migration database queue service cluster alert page pager rotation handover runbook
postmortem timeline customer impact severity escalation decision tradeoff design document proposal
review approval scope milestone delivery release checklist retrospective goal outcome metric
dashboard capacity hiring interview onboarding calibration packet evidence growth career
conversation agenda blocker dependency contract interface module test coverage refactor debt
cleanup observability trace log latency throughput error reliability availability objective
weekly monthly clearly carefully early often quietly together before after during while because
although when where which that this these those every some many few first next last small large
shared written visible honest specific concrete practical steady calm careful useful simple
write ask agree decide measure explain share plan review ship fix learn notice delegate support
protect schedule prepare document summarise prioritise communicate coordinate unblock`
  .split(/\s+/)
  .filter(Boolean);

/**
 * A small deterministic random generator (mulberry32), so every run writes the same pages.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `words` words of sentence-shaped prose.
 * @param {() => number} rand
 * @param {number} words
 */
function prose(rand, words) {
  const out = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(rand() * 8));
    const sentence = Array.from({ length }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? '').join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    left -= length;
  }
  return out.join(' ');
}

/**
 * The slug of synthetic page `i` (1-based): `bench-0001`.
 * @param {number} i
 * @param {number} total
 */
export function pageSlug(i, total) {
  return `bench-${String(i).padStart(Math.max(4, String(total).length), '0')}`;
}

/**
 * The address of synthetic page `i` (wrapping around, so every link has a target).
 * @param {number} i
 * @param {number} total
 */
function pageRoute(i, total) {
  const wrapped = (((i - 1) % total) + total) % total;
  return `/${SECTION}/${pageSlug(wrapped + 1, total)}/`;
}

/**
 * Synthetic page `i` of `total` as a handbook page: handbook frontmatter, a `:::tip` aside, a
 * checklist group, an assessment on every tenth page, links to ladder pages and to other
 * synthetic pages, a table, a code block and a "Where to go next"; about 800 words. Each is a
 * finished page: `handbook check` finds nothing to say about it, as about the real pages.
 * @param {number} i 1-based
 * @param {number} total
 * @returns {string} the MDX text
 */
export function handbookPage(i, total) {
  const rand = random(i * 7919);
  const withAssessment = i % ASSESSMENT_EVERY === 0;
  const parts = [];
  for (let p = 1; p <= 6; p++) {
    const [ladderText, ladderRoute] = LADDER_LINKS[Math.floor(p / 2) % LADDER_LINKS.length] ?? [];
    const other = pageRoute(i + p * 37, total);
    const link =
      p % 2 === 1
        ? `Compare it with [${ladderText}](${ladderRoute}).`
        : `The [related playbook](${other}) covers the next step.`;
    parts.push(
      `## Part ${p}: ${prose(rand, 3).slice(0, -1)}\n\n${prose(rand, 55)} ${link}\n\n${prose(rand, 60)}\n`,
    );
    if (p === 2) parts.push(`<Checklist id="incident-first-30-minutes" group="minutes-0-5" />\n`);
    if (p === 4 && withAssessment) parts.push(`<Assessment id="burnout-risk" />\n`);
  }
  const imports = [`import Checklist from '~/components/checklists/Checklist.astro';`];
  if (withAssessment) imports.push(`import Assessment from '~/components/assessments/Assessment.astro';`);
  return `---
title: Synthetic playbook ${i}
description: Benchmark page ${i} of ${total}, generated by npm run bench.
audience: [engineer, manager]
section: ${SECTION}
kind: guide
lastReviewed: 2026-11-01
sources:
  - title: Benchmark source
    note: Generated text for the benchmark.
---

${imports.join('\n')}

${prose(rand, 50)} Start with [the previous playbook](${pageRoute(i - 1, total)}) and go on to [the next one](${pageRoute(i + 1, total)}).

:::tip[Before page ${i}]
${prose(rand, 25)}
:::

${parts.join('\n')}
| Week | Focus | Owner |
| ---- | ----- | ----- |
| 1 | ${prose(rand, 4)} | manager |
| 2 | ${prose(rand, 4)} | engineer |
| 3 | ${prose(rand, 4)} | team |

\`\`\`yaml
# Settings ${i}
owner: ${prose(rand, 2).slice(0, -1)}
review: weekly
\`\`\`

## Where to go next

- [The previous playbook](${pageRoute(i - 1, total)}), for the step before this one.
- [The next playbook](${pageRoute(i + 1, total)}), for what comes after.
`;
}

/**
 * The same page as plain Starlight Markdown: the handbook's components and their imports
 * removed, links to ladder pages pointed at other synthetic pages (so nothing is broken), and
 * the frontmatter reduced to title and description.
 * @param {string} text a page from `handbookPage`
 * @param {number} i 1-based
 * @param {number} total
 */
export function barePage(text, i, total) {
  let n = 0;
  return text
    .replace(/^---\n([\s\S]*?)\n---\n/, (_all, /** @type {string} */ front) => {
      const keep = front.split('\n').filter((line) => /^(title|description):/.test(line));
      return `---\n${keep.join('\n')}\n---\n`;
    })
    .replace(/^import .*\n/gm, '')
    .replace(/^<(Checklist|Assessment)\b[^>]*\/>\n/gm, '')
    .replace(/\]\(\/ladders\/[^)]*\)/g, () => `](${pageRoute(i + 101 + 13 * n++, total)})`);
}

/**
 * The synthetic page the report shows as typical: in the middle, and without an assessment
 * (nine pages in ten have none).
 * @param {number} total
 * @returns {number} 1-based
 */
export function typicalPage(total) {
  const middle = Math.ceil(total / 2);
  return middle % ASSESSMENT_EVERY === 0 ? middle - 1 : middle;
}

/**
 * Writes the synthetic handbook: a copy of the real `content/` plus `total` pages in
 * `content/docs/<SECTION>/`, and a symlink to the project's node_modules beside it: the pages
 * import packages (`@astrojs/starlight/components`), which resolve from the page's own folder
 * upwards, as they do for `content/` inside the project.
 * @param {string} root the project root (its `content/` is copied)
 * @param {string} contentDir where the synthetic `content/` goes
 * @param {number} total
 * @returns {{ words: number, realPages: number }} the words of a typical synthetic page, and
 *   how many pages the real content has (both for the report)
 */
export function writeSyntheticHandbook(root, contentDir, total) {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dirname(contentDir), 'node_modules'), 'dir');
  const realPages = readdirSync(join(contentDir, 'docs'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && /\.mdx?$/.test(e.name) && !/^[_.]/.test(e.name),
  ).length;
  for (let i = 1; i <= total; i++) {
    const file = join(contentDir, 'docs', SECTION, `${pageSlug(i, total)}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, handbookPage(i, total));
  }
  const sample = handbookPage(typicalPage(total), total).replace(/^---[\s\S]*?---\n/, '');
  return { words: sample.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length, realPages };
}

/**
 * Writes a bare Starlight project in `dir`: its own config with just `starlight({ title })` and
 * the default sidebar, Starlight's docs loader and schema, the synthetic pages reduced to
 * plain Starlight, an index page, and the project's node_modules symlinked.
 *
 * With `noSidebar`, the config also says `sidebar: []`: the same site with no sidebar at all.
 * No Starlight site of these pages builds faster than that, whatever it does with its sidebar,
 * so the benchmark reports it as the floor beside the default build.
 * @param {string} root the handbook project (its node_modules are linked)
 * @param {string} dir the scratch project
 * @param {number} total
 * @param {{ noSidebar?: boolean }} [options]
 */
export function writeBareStarlight(root, dir, total, { noSidebar = false } = {}) {
  const write = (/** @type {string} */ rel, /** @type {string} */ text) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  // The dependencies a Starlight project declares: Astro reads them to decide which packages
  // its server build must bundle (those that use astro: modules) rather than import.
  const version = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'bare-starlight-bench',
        private: true,
        type: 'module',
        dependencies: { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') },
      },
      null,
      2,
    ),
  );
  write(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // Caches stay in the scratch folder. node_modules is the handbook's, through a symlink: Vite
  // keeps the linked paths so that every module sits inside this project's root (the build
  // runs Node with --preserve-symlinks for the same reason; see scripts/bench/build.mjs).
  cacheDir: './cache',
  vite: { cacheDir: './cache/vite', resolve: { preserveSymlinks: true } },
  integrations: [starlight({ title: 'Bare Starlight'${noSidebar ? ', sidebar: []' : ''} })],
});
`,
  );
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
  );
  write(
    'src/content/docs/index.mdx',
    `---\ntitle: Bare Starlight\ndescription: The synthetic pages on bare Starlight.\n---\n\nStart with [the first page](/${SECTION}/${pageSlug(1, total)}/).\n`,
  );
  for (let i = 1; i <= total; i++) {
    write(
      `src/content/docs/${SECTION}/${pageSlug(i, total)}.mdx`,
      barePage(handbookPage(i, total), i, total),
    );
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

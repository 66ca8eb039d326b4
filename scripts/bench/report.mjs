// @ts-check
// The Markdown report of a run: one table per part, every number with its unit.
import { ISLAND_GZIP_BUDGET } from '../budgets.mjs';

/** Sizes in decimal units: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes. */
export function bytes(/** @type {number | undefined} */ n) {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(n < 1e7 ? 2 : 1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

/** Raw and gzip sizes in one cell: `48.7 / 13.1 kB`. */
function rawGzip(/** @type {{ raw: number, gzip: number }} */ size) {
  return `${(size.raw / 1e3).toFixed(1)} / ${(size.gzip / 1e3).toFixed(1)} kB`;
}

export function seconds(/** @type {number | undefined} */ s) {
  if (s === undefined) return '–';
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

/** A duration for people: `6 min 12 s`. */
export function duration(/** @type {number} */ s) {
  const m = Math.floor(s / 60);
  return m ? `${m} min ${Math.round(s - m * 60)} s` : `${s.toFixed(1)} s`;
}

function ms(/** @type {number | undefined} */ n) {
  return n === undefined ? '–' : `${Math.round(n)} ms`;
}

function ratio(/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) {
  return a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
}

/**
 * A row of the builds table: each figure of build `a` divided by that of build `b`.
 * @param {string} name
 * @param {any} a
 * @param {any} b
 */
function ratioRow(name, a, b) {
  const keys = [
    'wallSeconds',
    'cpuSeconds',
    'peakRssBytes',
    'distBytes',
    'pagesBuilt',
    'samplePageBytes',
    'sampleSidebarLinks', // against a build with no sidebar (0 links), `ratio` gives '–'
    'pagefindBytes',
  ];
  return [name, ...keys.map((k) => ratio(a?.[k], b?.[k]))];
}

/**
 * A Markdown table.
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 */
function table(head, rows) {
  const line = (/** @type {(string | number)[]} */ cells) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** How the local server sent the pages, for the text under a table. */
function served(/** @type {boolean | undefined} */ gzip) {
  return gzip === undefined ? '' : gzip ? ' (gzip)' : ' (no compression)';
}

/** A part that failed or was skipped, as a line under its heading. */
function status(/** @type {any} */ results, /** @type {string} */ part) {
  if (results.skipped.includes(part)) return '_Skipped (`--skip`)._';
  if (results.errors[part])
    return `**Failed:** ${results.errors[part].split('\n')[0]}\n\n\`\`\`\n${results.errors[part]}\n\`\`\``;
  return undefined;
}

/**
 * Each target of issue 14 with what this run measured: a row per target, "–" where the part
 * that measures it did not run.
 * @param {any} r
 * @returns {string[][]}
 */
export function targets(r) {
  const rows = [];
  const verdict = (/** @type {boolean | undefined} */ ok) => (ok === undefined ? '–' : ok ? 'yes' : '**no**');
  const { handbook, bare, floor } = r.builds;
  const buildRatio = handbook && bare ? handbook.wallSeconds / bare.wallSeconds : undefined;
  // What the same pages cost on Starlight with no sidebar at all, for scale: no Starlight site
  // of these pages gets below it.
  const floorNote =
    floor && bare
      ? `; bare Starlight with no sidebar at all: ${ratio(floor.wallSeconds, bare.wallSeconds)} (${seconds(floor.wallSeconds)})`
      : '';
  rows.push([
    'Build time, handbook / bare Starlight',
    '≤ 0.50×',
    buildRatio === undefined
      ? '–'
      : `${buildRatio.toFixed(2)}× (${seconds(handbook.wallSeconds)} / ${seconds(bare.wallSeconds)})${floorNote}`,
    verdict(buildRatio === undefined ? undefined : buildRatio <= 0.5),
  ]);
  rows.push([
    'Peak memory of the handbook build',
    '≤ 3 GB',
    handbook ? bytes(handbook.peakRssBytes) : '–',
    verdict(handbook ? handbook.peakRssBytes <= 3e9 : undefined),
  ]);
  rows.push([
    "A synthetic page's HTML",
    '≤ 50 kB raw',
    handbook?.samplePageBytes ? bytes(handbook.samplePageBytes) : '–',
    verdict(handbook?.samplePageBytes ? handbook.samplePageBytes <= 50e3 : undefined),
  ]);
  const weights = /** @type {any[]} */ (r.weights ?? []).filter((w) => !w.error && w.jsOurs);
  const islandTypes = new Set(['assessment', 'checklist']);
  const content = weights.filter((w) => !islandTypes.has(w.type));
  const islands = weights.filter((w) => islandTypes.has(w.type));
  rows.push([
    'JavaScript of ours on content pages',
    'none',
    content.length ? content.map((w) => `${w.type} ${bytes(w.jsOurs.raw)}`).join(', ') : '–',
    verdict(content.length ? content.every((w) => w.jsOurs.raw === 0) : undefined),
  ]);
  rows.push([
    'Islands (all our JS on an island page)',
    `≤ 10 KiB gzip (${ISLAND_GZIP_BUDGET.toLocaleString('en')} bytes)`,
    islands.length
      ? islands.map((w) => `${w.type} ${w.jsOurs.gzip.toLocaleString('en')} bytes`).join(', ')
      : '–',
    verdict(islands.length ? islands.every((w) => w.jsOurs.gzip <= ISLAND_GZIP_BUDGET) : undefined),
  ]);
  const scored = /** @type {any[]} */ (r.lighthouse ?? []).filter((l) => !l.error);
  const below = scored.flatMap((l) =>
    Object.entries(l.scores)
      .filter(([, v]) => v !== 100)
      .map(([c, v]) => `${l.type} ${c} ${v}`),
  );
  rows.push([
    'Lighthouse, every page type, four categories',
    '100',
    scored.length ? (below.length ? below.join(', ') : `100 on all ${scored.length} page types`) : '–',
    verdict(scored.length ? below.length === 0 : undefined),
  ]);
  // The Markdown targets; the booklet (HTML, with a search index) is reported beside them.
  const exports = /** @type {any[]} */ (r.export ?? []).filter(
    (e) => !e.error && e.pagesPerSecond && e.target !== 'booklet',
  );
  const slowest = exports.length ? Math.min(...exports.map((e) => e.pagesPerSecond)) : undefined;
  const slowestCpu = exports.length ? Math.min(...exports.map((e) => e.pages / e.cpuSeconds)) : undefined;
  // The issue asks for it on one core: judged there when the run held an export to one core.
  const oneCore = exports.every((e) => e.oneCorePagesPerSecond)
    ? Math.min(...exports.map((e) => e.oneCorePagesPerSecond))
    : undefined;
  const cpu = Number.isFinite(slowestCpu)
    ? `, ${Math.round(/** @type {number} */ (slowestCpu))} per CPU second`
    : '';
  rows.push([
    'Export, slowest Markdown target',
    '≥ 500 pages/s on one core',
    slowest === undefined
      ? '–'
      : oneCore === undefined
        ? `${Math.round(slowest)} pages/s (not held to one core${cpu})`
        : `${Math.round(oneCore)} pages/s on one core (${Math.round(slowest)} on all cores${cpu})`,
    verdict(slowest === undefined ? undefined : (oneCore ?? slowest) >= 500),
  ]);
  return rows;
}

/**
 * The report of a run, from the results object `run.mjs` saves as JSON.
 * @param {any} r
 * @returns {string}
 */
export function markdown(r) {
  const out = [];
  out.push(`# Handbook benchmark, ${r.pages} synthetic pages`);
  out.push(
    `Run ${r.startedAt} on ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${bytes(r.machine.memoryBytes)} memory, ` +
      `Node ${r.machine.node}, Astro ${r.versions.astro}, Starlight ${r.versions.starlight}. ` +
      `Load average ${r.machine.loadAtStart.map((/** @type {number} */ l) => l.toFixed(1)).join(' / ')} at the start and ` +
      `${r.machine.loadAtEnd.map((/** @type {number} */ l) => l.toFixed(1)).join(' / ')} at the end (other work on the machine makes times noisy). ` +
      `The whole run took **${duration(r.durationSeconds)}**. Sizes in decimal units (1 kB = 1,000 bytes); gzip at level 6.`,
  );

  out.push(`## Targets (issue 14)`);
  out.push(
    'Measured in this run. The build targets are set for 2,000 synthetic pages (`--pages 2000`); at other sizes they are shown for comparison.',
  );
  out.push(table(['Target', 'Goal', 'Measured', 'Met'], targets(r)));

  out.push(`## 1. Builds: synthetic handbook vs bare Starlight`);
  const b = r.builds;
  out.push(
    status(r, 'builds') ??
      [
        `The handbook build is the real \`content/\` (${r.realPages} pages) plus ${r.pages} synthetic pages of about ${r.syntheticWords} words in \`${r.section}/\`, ` +
          `built with the handbook's configuration; bare Starlight builds the same ${r.pages} pages without the handbook's components, plus an index page, ` +
          `once with its default sidebar (every page listed on every page) and once with \`sidebar: []\` (no sidebar at all): ` +
          `the second is the floor, the least any Starlight site of these pages can take, whatever it does with its sidebar. ` +
          (b.runs > 1
            ? `Each build ran ${b.runs} times, interleaved, each from a clean output folder and cache; a row is the median run (by wall time), with every run's wall time in brackets. `
            : '') +
          `CPU time is user + system of the whole process tree; memory is the highest sum of RSS over the tree, sampled every 100 ms. ` +
          `The typical page is \`${b.samplePage}\`; its sidebar links show how much of the sidebar each page carries.`,
        table(
          [
            'Build',
            'Wall time',
            'CPU time',
            'Peak memory',
            'Output (dist)',
            'Pages built',
            'Synthetic page HTML',
            'Its sidebar links',
            'Pagefind index',
          ],
          [
            ...[
              ['handbook', b.handbook],
              ['bare Starlight', b.bare],
              ['bare Starlight, no sidebar', b.floor],
            ].map(([name, x]) =>
              x
                ? [
                    name,
                    x.wallRuns?.length > 1
                      ? `${seconds(x.wallSeconds)} (${x.wallRuns.map((/** @type {number} */ w) => w.toFixed(1)).join(', ')})`
                      : seconds(x.wallSeconds),
                    `${seconds(x.cpuSeconds)} (${seconds(x.userSeconds)} user + ${seconds(x.sysSeconds)} sys)`,
                    bytes(x.peakRssBytes),
                    bytes(x.distBytes),
                    `${x.pagesBuilt ?? '–'} (${x.htmlFiles} HTML files)`,
                    bytes(x.samplePageBytes),
                    x.sampleSidebarLinks ?? '–',
                    bytes(x.pagefindBytes),
                  ]
                : [name, 'failed', '', '', '', '', '', '', ''],
            ),
            ratioRow('**handbook / bare**', b.handbook, b.bare),
            ratioRow('**no sidebar / bare**', b.floor, b.bare),
            ratioRow('**handbook / no sidebar**', b.handbook, b.floor),
          ],
        ),
        ...(b.errors.length ? b.errors.map((/** @type {string} */ e) => `**Failed:** ${e}`) : []),
      ].join('\n\n'),
  );

  out.push(`## 2. Page weight of the real handbook, per page type`);
  out.push(
    status(r, 'weights') ??
      [
        `Raw / gzip. CSS and JS are every file from \`/_astro/\` the page loads (stylesheets including the print one; scripts with their static imports, ` +
          `not Pagefind's UI, which loads when search opens) plus inline \`<style>\`/\`<script>\` (also counted in the HTML). ` +
          `"Ours" is script built from \`src/components/\`; the rest is Starlight's, Astro's and Expressive Code's. Pages from ${r.pageTypesFrom}.`,
        table(
          ['Page type', 'Address', 'HTML', 'CSS', 'JS', 'JS ours', 'JS Starlight', 'Our scripts'],
          r.weights.map((/** @type {any} */ w) =>
            w.error
              ? [w.type, `\`${w.route}\``, `failed: ${w.error}`, '', '', '', '', '']
              : [
                  w.type,
                  `\`${w.route}\``,
                  rawGzip(w.html),
                  rawGzip(w.css),
                  rawGzip(w.js),
                  rawGzip(w.jsOurs),
                  rawGzip(w.jsStarlight),
                  w.ourFiles
                    .map((/** @type {string} */ f) => f.replace(/_astro_type_script_index_\d+_lang/, ''))
                    .join(', ') || '–',
                ],
          ),
        ),
      ].join('\n\n'),
  );

  out.push(`## 3. Search`);
  out.push(
    status(r, 'search') ??
      [
        `Time from clicking the search button to the first visible result, typing the query key by key, in headless Chromium, ` +
          `each run in a fresh browser context on the home page (cold cache; includes Pagefind's 300 ms typing debounce). Served by \`scripts/serve-dist.mjs\`${served(r.search[0]?.gzip)}.`,
        table(
          ['Site', 'Pagefind index', 'Index files', 'Query', 'First result (median)', 'Min', 'Max', 'Runs'],
          r.search.map((/** @type {any} */ s) =>
            s.error
              ? [s.site, bytes(s.indexBytes), s.indexFiles ?? '–', '', `failed: ${s.error}`, '', '', '']
              : [
                  s.site,
                  bytes(s.indexBytes),
                  s.indexFiles,
                  `"${s.query}"`,
                  ms(s.medianMs),
                  ms(s.minMs),
                  ms(s.maxMs),
                  s.runsMs.length,
                ],
          ),
        ),
      ].join('\n\n'),
  );

  out.push(`## 4. Export (synthetic handbook)`);
  out.push(
    status(r, 'export') ??
      [
        `\`handbook export --target <t> --json\` on the synthetic handbook (real content plus ${r.pages} pages). ` +
          `Export time is the CLI's own figure (reading the handbook, exporting, writing the files), the median of ${r.exportRuns ?? 1} runs, each run's figure in brackets; ` +
          `CPU time is the user and system time of the export's thread over the same span (the median of the runs): what the work costs on one core, without the waits for the disk and for other processes; in brackets, the whole process's, which adds V8's garbage collection and compiling on the other core. ` +
          `"On one core" is the export's own time with the whole process held to one core (\`taskset -c 0\`, the median of ${r.exportRuns ?? 1} more runs), where V8's garbage collection and compiling take turns with the export: the issue's target. ` +
          `The command's wall time adds Node's start-up. ` +
          `The booklet is the whole handbook as one self-contained HTML file.`,
        table(
          [
            'Target',
            'Pages',
            'Files',
            'Export time',
            'Pages per second',
            'On one core',
            'CPU time',
            'Command wall time',
          ],
          r.export.map((/** @type {any} */ e) =>
            e.error
              ? [e.target, e.error, '', '', '', '', '', '']
              : [
                  e.target,
                  e.pages,
                  e.bytes ? `${e.files} (${bytes(e.bytes)})` : e.files,
                  e.runSeconds?.length > 1
                    ? `${seconds(e.seconds)} (${e.runSeconds.map((/** @type {number} */ s) => s.toFixed(2)).join(', ')})`
                    : seconds(e.seconds),
                  `${Math.round(e.pagesPerSecond)} pages/s`,
                  e.oneCoreSeconds === undefined
                    ? '–'
                    : `${seconds(e.oneCoreSeconds)}: ${Math.round(e.oneCorePagesPerSecond)} pages/s`,
                  e.cpuSeconds === undefined
                    ? '–'
                    : `${seconds(e.cpuSeconds)}: ${Math.round(e.pages / e.cpuSeconds)} pages per CPU second` +
                      (e.processCpuSeconds ? ` (process ${seconds(e.processCpuSeconds)})` : ''),
                  seconds(e.wallSeconds),
                ],
          ),
        ),
      ].join('\n\n'),
  );

  out.push(`## 5. Lighthouse (mobile, real handbook)`);
  out.push(
    status(r, 'lighthouse') ??
      [
        `Lighthouse ${r.versions.lighthouse}, default (mobile) preset with simulated throttling, served by \`scripts/serve-dist.mjs\`${served(r.lighthouseServerGzip)}. ` +
          `"Costs points" lists the weighted audits scoring below 1, by id.`,
        table(
          [
            'Page type',
            'Address',
            'Performance',
            'Accessibility',
            'Best practices',
            'SEO',
            'FCP / LCP / TBT / CLS',
            'Costs points',
          ],
          r.lighthouse.map((/** @type {any} */ l) =>
            l.error
              ? [l.type, `\`${l.route}\``, `failed: ${l.error}`, '', '', '', '', '']
              : [
                  l.type,
                  `\`${l.route}\``,
                  ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => l.scores[c] ?? '–'),
                  `${ms(l.metrics.fcpMs)} / ${ms(l.metrics.lcpMs)} / ${ms(l.metrics.tbtMs)} / ${l.metrics.cls?.toFixed(3) ?? '–'}`,
                  Object.entries(l.costs)
                    .filter(([, ids]) => ids.length)
                    .map(([cat, ids]) => `${cat}: ${ids.join(', ')}`)
                    .join('; ') || 'none',
                ],
          ),
        ),
      ].join('\n\n'),
  );

  if (r.notes.length)
    out.push(`## Notes\n\n${r.notes.map((/** @type {string} */ n) => `- ${n}`).join('\n')}`);
  out.push(`Full results: \`${r.resultsFile}\``);
  return `${out.join('\n\n')}\n`;
}

// @ts-check
// `npm run bench`: the handbook's performance, measured against bare Starlight, in one run.
//
//   1. builds     a synthetic handbook (real content/ + N generated pages) with the handbook's
//                 configuration and the same pages on bare Starlight: time, CPU, memory, size
//   2. weights    HTML, CSS and JS of one page of each type of the real handbook
//   3. search     Pagefind index size and time to the first result in headless Chromium
//   4. export     pages per second of `handbook export`, per target, on the synthetic handbook
//   5. lighthouse Lighthouse scores (mobile) of the same page types
//
// Prints a Markdown report on stdout, progress on stderr, and saves the results as JSON in
// bench-results/. Everything it builds goes into one scratch folder under the OS temp dir,
// removed at the end with every server and browser it started, also on failure or Ctrl-C.
// Options: --pages N (default 500), --skip part,part, --help.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, PARTS, readOptions } from './args.mjs';
import { astroBuild, medianBuild } from './build.mjs';
import { cleanUp, cleanUpOnExit, scratchFolder } from './cleanup.mjs';
import { EXPORT_RUNS, timeExports } from './export.mjs';
import { filesUnder, folderBytes } from './files.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { ownScriptMarks, pageWeight } from './page-weight.mjs';
import { pageTypes } from './page-types.mjs';
import { markdown, duration } from './report.mjs';
import { timeSearch } from './search.mjs';
import { serve } from './server.mjs';
import { SECTION, pageSlug, typicalPage, writeBareStarlight, writeSyntheticHandbook } from './synthetic.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = performance.now();

/** A progress line on stderr, with the time since the start. */
function progress(/** @type {string} */ message) {
  const s = Math.round((performance.now() - started) / 1000);
  process.stderr.write(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${message}\n`);
}

/** A package's version from node_modules. */
function version(/** @type {string} */ name) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** An error's message (a failed build's carries the end of its log). */
function message(/** @type {unknown} */ error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One run of the benchmark.
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code: 0, or 1 for a bad flag or a part that failed
 */
async function main(argv) {
  let options;
  try {
    options = readOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: ${message(error)}\n`);
    return 1;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { pages: N, buildRuns: BUILD_RUNS, skip } = options;
  const runs = (/** @type {string} */ part) => !skip.has(part);
  cleanUpOnExit();

  const startedAt = new Date();
  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    durationSeconds: 0,
    pages: N,
    section: SECTION,
    options: { pages: N, buildRuns: BUILD_RUNS, skip: [...skip] },
    skipped: [...skip],
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.versions.node,
      loadAtStart: loadavg(),
      loadAtEnd: /** @type {number[]} */ ([]),
    },
    versions: {
      astro: version('astro'),
      starlight: version('@astrojs/starlight'),
      lighthouse: version('lighthouse'),
    },
    realPages: 0,
    syntheticWords: 0,
    pageTypesFrom: '',
    pageTypes: /** @type {{ type: string, route: string }[]} */ ([]),
    builds: {
      samplePage: '',
      /** How many times each build ran (the report gives the median run). */
      runs: 1,
      handbook: /** @type {import('./build.mjs').BuildResult | undefined} */ (undefined),
      bare: /** @type {import('./build.mjs').BuildResult | undefined} */ (undefined),
      /** Bare Starlight with `sidebar: []`: the floor for any Starlight site of these pages. */
      floor: /** @type {import('./build.mjs').BuildResult | undefined} */ (undefined),
      real: /** @type {import('./build.mjs').BuildResult | undefined} */ (undefined),
      errors: /** @type {string[]} */ ([]),
    },
    weights: /** @type {any[]} */ ([]),
    search: /** @type {any[]} */ ([]),
    export: /** @type {any[]} */ ([]),
    /** How many times each export target ran (the report gives the median). */
    exportRuns: 0,
    lighthouse: /** @type {any[]} */ ([]),
    lighthouseServerGzip: /** @type {boolean | undefined} */ (undefined),
    errors: /** @type {Record<string, string>} */ ({}),
    notes: /** @type {string[]} */ ([]),
    resultsFile: '',
  };

  const scratch = scratchFolder(mkdtempSync(join(tmpdir(), 'handbook-bench-')));
  progress(`scratch folder ${scratch}; parts: ${PARTS.filter(runs).join(', ') || 'none'}`);
  try {
    const types = await pageTypes(ROOT);
    results.pageTypes = types.pages;
    results.pageTypesFrom = types.from;

    // The synthetic handbook (for the builds, their search and the export).
    const contentDir = join(scratch, 'content');
    if (runs('builds') || runs('export')) {
      progress(`writing the synthetic handbook: real content/ + ${N} pages in ${SECTION}/`);
      const written = writeSyntheticHandbook(ROOT, contentDir, N);
      results.realPages = written.realPages;
      results.syntheticWords = written.words;
    }

    // 1. Builds, one after the other, then search on each while they are there.
    if (runs('builds')) {
      const samplePage = `/${SECTION}/${pageSlug(typicalPage(N), N)}/`;
      results.builds.samplePage = samplePage;
      const handbookDist = join(scratch, 'dist-handbook');
      writeBareStarlight(ROOT, join(scratch, 'bare'), N);
      writeBareStarlight(ROOT, join(scratch, 'floor'), N, { noSidebar: true });
      /** The three builds; each run deletes its output and caches first, so every build starts cold. */
      const builds = /** @type {const} */ ([
        {
          key: 'handbook',
          name: 'the synthetic handbook with the handbook configuration',
          clean: [handbookDist, join(scratch, 'cache-handbook')],
          options: {
            root: ROOT,
            cwd: ROOT,
            dist: handbookDist,
            samplePage,
            env: {
              HANDBOOK_CONTENT_DIR: contentDir,
              HANDBOOK_OUT_DIR: handbookDist,
              HANDBOOK_CACHE_DIR: join(scratch, 'cache-handbook'),
            },
          },
        },
        .../** @type {const} */ (['bare', 'floor']).map((key) => ({
          key,
          name:
            key === 'bare'
              ? 'the same pages on bare Starlight'
              : 'the same pages on bare Starlight with no sidebar',
          clean: [join(scratch, key, 'dist'), join(scratch, key, 'cache')],
          options: {
            root: ROOT,
            cwd: join(scratch, key),
            dist: join(scratch, key, 'dist'),
            samplePage,
            linkedModules: true,
          },
        })),
      ]);
      /** @type {{ [key in 'handbook' | 'bare' | 'floor']: import('./build.mjs').BuildResult[] }} */
      const done = { handbook: [], bare: [], floor: [] };
      // Interleaved (handbook, bare, floor, handbook, …), so a busy spell on the machine falls on
      // all three rather than on one.
      for (let run = 1; run <= BUILD_RUNS; run++) {
        for (const build of builds) {
          if (done[build.key].length < run - 1) continue; // it failed before: no point again
          const of = BUILD_RUNS > 1 ? ` (run ${run} of ${BUILD_RUNS})` : '';
          try {
            progress(`building ${build.name}${of}`);
            for (const path of build.clean) rmSync(path, { recursive: true, force: true });
            const result = await astroBuild(build.options);
            done[build.key].push(result);
            progress(`  ${result.wallSeconds.toFixed(1)} s, ${result.pagesBuilt} pages`);
          } catch (error) {
            results.builds.errors.push(`${build.name}${of}: ${message(error)}`);
            progress(`  failed: ${message(error).split('\n')[0]}`);
          }
        }
      }
      results.builds.runs = BUILD_RUNS;
      for (const key of /** @type {const} */ (['handbook', 'bare', 'floor'])) {
        results.builds[key] = medianBuild(done[key]);
      }
      if (!results.builds.handbook && !results.builds.bare)
        results.errors.builds = results.builds.errors.join('\n');
      for (const [name, build, hasSidebar] of /** @type {const} */ ([
        ['handbook', results.builds.handbook, true],
        ['bare Starlight', results.builds.bare, true],
        ['no-sidebar', results.builds.floor, false],
      ])) {
        if (build && hasSidebar && !build.sampleSidebarLinks) {
          results.notes.push(
            `The ${name} build's typical page has no sidebar links: its figures are not comparable.`,
          );
        }
        if (build && build.htmlFiles < N) {
          results.notes.push(
            `The ${name} build wrote ${build.htmlFiles} HTML files for ${N} synthetic pages.`,
          );
        }
      }

      if (runs('search')) {
        for (const [site, build] of /** @type {const} */ ([
          [`synthetic handbook (${N} pages)`, results.builds.handbook],
          [`bare Starlight (${N} pages)`, results.builds.bare],
        ])) {
          if (!build) continue;
          results.search.push(await searchSite(site, build.dist));
        }
      }
      // The synthetic sites are big at 2,000 pages; the rest of the run needs only their content.
      rmSync(handbookDist, { recursive: true, force: true });
      for (const key of ['bare', 'floor'])
        rmSync(join(scratch, key, 'dist'), { recursive: true, force: true });
    }

    // 2, 3 and 5 measure the real handbook: build it once.
    if (runs('weights') || runs('search') || runs('lighthouse')) {
      const realDist = join(scratch, 'dist-real');
      let built = false;
      try {
        progress('building the real handbook');
        results.builds.real = await astroBuild({
          root: ROOT,
          cwd: ROOT,
          dist: realDist,
          // The public edition, as upstream's site is built: the default (internal) edition asks
          // search engines not to index it, which Lighthouse's SEO score rightly counts against it.
          env: {
            HANDBOOK_OUT_DIR: realDist,
            HANDBOOK_CACHE_DIR: join(scratch, 'cache-real'),
            HANDBOOK_VISIBILITY: 'public',
          },
        });
        built = true;
        const real = results.builds.real;
        results.notes.push(
          `The real handbook alone (public edition): ${real.pagesBuilt} pages built in ${real.wallSeconds.toFixed(1)} s wall, ` +
            `${real.cpuSeconds.toFixed(1)} s CPU, ${(real.peakRssBytes / 1e6).toFixed(0)} MB peak memory, ` +
            `${(real.distBytes / 1e6).toFixed(1)} MB output.`,
        );
      } catch (error) {
        for (const part of ['weights', 'search', 'lighthouse']) {
          if (runs(part)) results.errors[part] = `the real handbook did not build: ${message(error)}`;
        }
      }

      if (built && runs('weights')) {
        progress('page weights');
        const marks = ownScriptMarks(ROOT);
        for (const { type, route } of results.pageTypes) {
          try {
            results.weights.push({ type, ...pageWeight(realDist, route, marks) });
          } catch (error) {
            results.weights.push({ type, route, error: message(error) });
          }
        }
      }
      if (built && runs('search')) results.search.unshift(await searchSite('real handbook', realDist));
      if (built && runs('lighthouse')) {
        const server = await serve(ROOT, realDist);
        results.lighthouseServerGzip = server.gzip;
        try {
          const scores = await runLighthouse({
            url: server.url,
            routes: results.pageTypes.map((p) => p.route),
            scratch: join(scratch, 'lighthouse'),
            log: progress,
          });
          results.lighthouse = scores.map((s, i) => ({ type: results.pageTypes[i]?.type, ...s }));
        } finally {
          await server.stop();
        }
        results.notes.push(...results.lighthouse.flatMap(lighthouseNotes));
      }
      rmSync(realDist, { recursive: true, force: true });
    }

    // 4. Export, on the synthetic content (HANDBOOK_ROOT = the scratch folder, whose content/ it is).
    if (runs('export')) {
      try {
        results.exportRuns = EXPORT_RUNS;
        results.export = timeExports({
          root: ROOT,
          handbookRoot: scratch,
          outDir: join(scratch, 'export'),
          log: progress,
        });
        const failed = results.export.filter((e) => e.error);
        if (failed.length)
          results.notes.push(
            `Export failed for ${failed.map((e) => `${e.target} (${e.error})`).join('; ')}.`,
          );
      } catch (error) {
        results.errors.export = message(error);
      }
    }
  } finally {
    progress('cleaning up');
    cleanUp();
  }

  const finished = new Date();
  results.finishedAt = finished.toISOString();
  results.durationSeconds = (performance.now() - started) / 1000;
  results.machine.loadAtEnd = loadavg();
  const stamp = startedAt
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(ROOT, 'bench-results', `${stamp}-n${N}.json`);
  results.resultsFile = relative(ROOT, file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(markdown(results));
  progress(`done in ${duration(results.durationSeconds)}; results in ${results.resultsFile}`);
  const failed = Object.keys(results.errors).length > 0 || results.builds.errors.length > 0;
  return failed ? 1 : 0;
}

/**
 * What a page's Lighthouse result needs fixing, as report notes: each category below 100 with
 * the weighted audits that cost the points and what they found, and the unscored hints.
 * @param {import('./lighthouse.mjs').LighthouseResult} l
 * @returns {string[]}
 */
function lighthouseNotes(l) {
  if (l.error) return [`Lighthouse could not measure ${l.route}: ${l.error}`];
  const low = Object.entries(l.scores ?? {}).filter(([, score]) => score !== null && score < 100);
  if (low.length === 0) return [];
  const categories = low
    .map(([c, score]) => `${c} ${score} (${l.costs?.[c]?.join(', ') || 'no weighted audit below 1'})`)
    .join('; ');
  const found = Object.entries(l.why ?? {})
    .map(([id, items]) => ` ${id} found: ${items.map((f) => `"${f}"`).join(', ')}.`)
    .join('');
  const hints = l.hints?.length ? ` Unscored performance hints: ${l.hints.join(', ')}.` : '';
  return [`Lighthouse below 100 on ${l.route}: ${categories}.${found}${hints}`];
}

/**
 * The Pagefind index of a built site and the time search takes on it; never throws.
 * @param {string} site its name in the report
 * @param {string} dist
 */
async function searchSite(site, dist) {
  const index = join(dist, 'pagefind');
  const sizes = { site, indexBytes: folderBytes(index), indexFiles: filesUnder(index).length };
  progress(`search on the ${site}`);
  try {
    const server = await serve(ROOT, dist);
    try {
      return { ...sizes, gzip: server.gzip, ...(await timeSearch(server.url)) };
    } finally {
      await server.stop();
    }
  } catch (error) {
    return { ...sizes, error: message(error).split('\n')[0] };
  }
}

try {
  const code = await main(process.argv.slice(2));
  // Lighthouse and Playwright may leave timers behind; the run is over.
  process.exit(code);
} catch (error) {
  cleanUp();
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
}

// @ts-check
// Builds a site (the handbook's build, or bare Starlight's `astro build`), measured, and sizes what it wrote.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';
import { folderBytes, htmlPages } from './files.mjs';

/**
 * @typedef {object} BuildResult
 * @property {string} dist where it built
 * @property {number} wallSeconds
 * @property {number} cpuSeconds user + system, whole process tree
 * @property {number} userSeconds
 * @property {number} sysSeconds
 * @property {number} peakRssBytes sum of RSS over the process tree, at its highest
 * @property {number} distBytes
 * @property {number} pagefindBytes
 * @property {number | undefined} pagesBuilt as Astro reports it ("N page(s) built")
 * @property {number} htmlFiles HTML files in the output
 * @property {number | undefined} samplePageBytes the HTML of the sample page, if asked for
 * @property {number | undefined} sampleSidebarLinks links in the sample page's sidebar (a check
 *   that the sidebar is there, and how much of it each page carries)
 * @property {number[]} [wallRuns] with several runs, every run's wall time, in run order
 */

/**
 * The median of several runs of one build, by wall time (of an even number, the faster of the
 * two middle runs), with every run's wall time in `wallRuns`; undefined when none succeeded.
 * @param {BuildResult[]} runs
 * @returns {BuildResult | undefined}
 */
export function medianBuild(runs) {
  if (runs.length === 0) return undefined;
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const middle = /** @type {BuildResult} */ (sorted[Math.floor((sorted.length - 1) / 2)]);
  return { ...middle, wallRuns: runs.map((r) => r.wallSeconds) };
}

/** Lines of a build log worth showing when it fails (without the per-file MDX warnings). */
function tail(/** @type {string} */ output, lines = 40) {
  return output
    .split('\n')
    .filter((line) => !/MODULE_LEVEL_DIRECTIVE|use astro:head-inject/.test(line))
    .slice(-lines)
    .join('\n');
}

/**
 * Runs a build in `cwd` with `env` and measures it, without npm's own start-up in the figures:
 * - the handbook (`cwd` is the project): `<project node> scripts/build.mjs`, what `npm run build`
 *   runs;
 * - bare Starlight (`linkedModules`): `<project node> node_modules/astro/bin/astro.mjs build`,
 *   what `npx astro build` ends up running, Astro's default.
 * @param {object} options
 * @param {string} options.root the handbook project (its astro)
 * @param {string} options.cwd the project to build
 * @param {string} options.dist where the build writes
 * @param {NodeJS.ProcessEnv} [options.env] extra environment
 * @param {string} [options.samplePage] a route whose HTML size to report, e.g. `/playbooks/bench-0250/`
 * @param {boolean} [options.linkedModules] `cwd` reaches the project's node_modules through a
 *   symlink: Node then keeps the linked paths (`--preserve-symlinks`), as the project's Vite
 *   config must (`resolve.preserveSymlinks`). Otherwise Astro 7 sees Starlight's components at
 *   their real path outside the project root, which shares no folder with it but `/`, and
 *   fails ("No cached compile metadata found for …/Page.astro").
 * @returns {Promise<BuildResult>}
 */
export async function astroBuild({ root, cwd, dist, env = {}, samplePage, linkedModules = false }) {
  const args = linkedModules
    ? [
        '--preserve-symlinks',
        '--preserve-symlinks-main',
        join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
      ]
    : [join(root, 'scripts', 'build.mjs')];
  const run = await measure(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  if (run.code !== 0) {
    throw new Error(`astro build in ${cwd} failed (exit ${run.code}):\n${tail(run.output)}`);
  }
  const built = /(\d+) page\(s\) built/.exec(run.output);
  const sample = samplePage ? join(dist, samplePage, 'index.html') : undefined;
  const sampleHtml = sample && existsSync(sample) ? readFileSync(sample, 'utf8') : undefined;
  // Starlight's sidebar is the `<nav aria-label="Main">`; it holds no other nav.
  const sidebar = sampleHtml && /<nav\b[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(sampleHtml);
  return {
    dist,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    userSeconds: run.userSeconds,
    sysSeconds: run.sysSeconds,
    peakRssBytes: run.peakRssBytes,
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    pagesBuilt: built ? Number(built[1]) : undefined,
    htmlFiles: htmlPages(dist),
    samplePageBytes: sampleHtml === undefined ? undefined : Buffer.byteLength(sampleHtml),
    sampleSidebarLinks: sidebar ? (sidebar[1]?.match(/<a\b/g) ?? []).length : undefined,
  };
}

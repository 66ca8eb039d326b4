// @ts-check
// `npm run build`: Astro's build (`astro build [flags]`) with the environment the handbook's
// build wants, written to a staging folder and put in place only when it succeeds. The tests
// and the benchmark build through this file too, so every build of the site behaves the same.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discard, prepare, publish, publishFolders } from './build-output.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Where the site goes (HANDBOOK_OUT_DIR, or dist/), and the folder it is built in first. Astro
 * empties its output folder before it renders anything, so a build that failed halfway (a page
 * that does not compile, a full disk) used to leave a team's served `dist/` empty: their
 * handbook went down until someone fixed the content. Now the site being served is replaced
 * only by a build that finished (see build-output.mjs).
 */
const args = process.argv.slice(2);
// Astro's own flags for where to build would bypass the staging folder: say which variable to use.
const bypass = args.find((arg) => /^--(outDir|root)(=|$)/.test(arg));
if (bypass)
  fail(`${bypass.split('=')[0]} is not taken here: set HANDBOOK_OUT_DIR (where the site goes) instead.`);
/** @type {import('./build-output.mjs').Folders} */
let folders;
try {
  folders = publishFolders(process.cwd(), process.env.HANDBOOK_OUT_DIR);
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
if (folders.inPlace)
  console.warn(
    `${dirname(folders.final)} cannot be written, so the site is built straight into ${folders.shown}: a build that fails leaves it empty.`,
  );

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * The build's environment: the caller's, plus settings they have not made themselves.
 *
 * MIMALLOC_PURGE_DELAY=0: Astro's bundler (Rolldown) and Markdown compiler (Sätteri) are native
 * modules that allocate with mimalloc, which gives freed memory back to the system only on a
 * later allocation in the same thread, after a delay. Once bundling ends their threads allocate
 * nothing more, so about 0.5 GB they freed stays resident through rendering and search
 * indexing, when Pagefind's own process runs beside Astro's. At 2,000 pages the build's peak
 * drops by 0.3–0.5 GB with no change in CPU time (DECISIONS.md, "Build memory").
 *
 * HANDBOOK_SERVED_DIR: the folder the site will be served from, for the `root` of the nginx
 * block the build writes; Astro itself writes into the staging folder.
 */
const env = {
  MIMALLOC_PURGE_DELAY: '0',
  ...process.env,
  HANDBOOK_OUT_DIR: folders.staging,
  HANDBOOK_SERVED_DIR: folders.final,
};

prepare(folders); // what an interrupted build or publish left
const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env });
// Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (!signal && code === 0) {
    if (!publish(folders)) console.error(`Astro wrote no site, so ${folders.shown} is as it was.`);
    return;
  }
  if (!folders.inPlace) discard(folders.staging);
  if (!signal) {
    if (!folders.inPlace) console.error(`The build failed; ${folders.shown} is as it was before it.`);
    process.exitCode = code ?? 1;
    return;
  }
  // End the way the build ended: by the same signal, now with its default action.
  for (const s of SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
});

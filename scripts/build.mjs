// @ts-check
// `npm run build`: Astro's build (`astro build [flags]`) with the environment the handbook's
// build wants, written to a staging folder and put in place only when it succeeds. The tests
// and the benchmark build through this file too, so every build of the site behaves the same.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishFolders, publish, discard } from './build-output.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Where the site goes (HANDBOOK_OUT_DIR, or dist/), and the folder it is built in first. Astro
 * empties its output folder before it renders anything, so a build that failed halfway (a page
 * that does not compile, a full disk) used to leave a team's served `dist/` empty: their
 * handbook went down until someone fixed the content. Now the site being served is replaced
 * only by a build that finished (see build-output.mjs).
 */
const folders = publishFolders(process.cwd(), process.env.HANDBOOK_OUT_DIR);

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

discard(folders.staging); // what an interrupted build left
const child = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
// Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (!signal && code === 0) {
    publish(folders);
    return;
  }
  discard(folders.staging);
  if (!signal) {
    console.error(`The build failed; ${folders.shown} is as it was before it.`);
    process.exitCode = code ?? 1;
    return;
  }
  // End the way the build ended: by the same signal, now with its default action.
  for (const s of SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
});

// @ts-check
// `npm run build`: Astro's build (`astro build [flags]`) with the environment the handbook's
// build wants. The tests and the benchmark build through this file too, so every build of the
// site behaves the same.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The build's environment: the caller's, plus settings they have not made themselves.
 *
 * MIMALLOC_PURGE_DELAY=0: Astro's bundler (Rolldown) and Markdown compiler (Sätteri) are native
 * modules that allocate with mimalloc, which gives freed memory back to the system only on a
 * later allocation in the same thread, after a delay. Once bundling ends their threads allocate
 * nothing more, so about 0.5 GB they freed stays resident through rendering and search
 * indexing, when Pagefind's own process runs beside Astro's. At 2,000 pages the build's peak
 * drops by 0.3–0.5 GB with no change in CPU time (DECISIONS.md, "Build memory").
 */
const env = { MIMALLOC_PURGE_DELAY: '0', ...process.env };

const child = spawn(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
// Ctrl-C reaches the whole process group; a signal sent to this process alone is passed on.
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (!signal) {
    process.exitCode = code ?? 1;
    return;
  }
  // End the way the build ended: by the same signal, now with its default action.
  for (const s of SIGNALS) process.removeAllListeners(s);
  process.kill(process.pid, signal);
});

// @ts-check
// The build's output folder, replaced only by a build that finished: Astro writes into a
// staging folder beside it, and the finished site takes the output folder's place by renaming.
import { cpSync, existsSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * @typedef {object} Folders
 * @property {string} final the folder the site is served from (dist/, or HANDBOOK_OUT_DIR)
 * @property {string} staging where Astro builds it: a sibling, so renaming stays on one disk
 * @property {string} previous where the last site waits while the new one takes its place
 * @property {string} shown the final folder as the reader wrote it, for messages
 */

/**
 * The folders of one build. A final folder that is a link is followed, so the link stays and
 * the folder it points at is replaced.
 * @param {string} cwd
 * @param {string | undefined} outDir HANDBOOK_OUT_DIR, relative to `cwd` as Astro reads it
 * @returns {Folders}
 */
export function publishFolders(cwd, outDir) {
  const written = resolve(cwd, outDir ?? 'dist');
  const final = existsSync(written) ? realpathSync(written) : written;
  const name = basename(final);
  return {
    final,
    staging: join(dirname(final), `.${name}.building`),
    previous: join(dirname(final), `.${name}.previous`),
    shown: relative(cwd, written).startsWith('..') ? written : relative(cwd, written) || written,
  };
}

/**
 * Puts the staged site in the final folder's place: two renames, so a web server serving the
 * folder sees the old site or the new one, never a half-written one. Where the final folder
 * cannot be renamed (a mount point, a volume in a container), its contents are replaced instead.
 * @param {Folders} folders
 */
export function publish({ final, staging, previous }) {
  discard(previous);
  try {
    if (existsSync(final)) renameSync(final, previous);
    renameSync(staging, final);
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? '';
    if (!['EBUSY', 'EXDEV', 'EPERM', 'EACCES'].includes(code)) throw error;
    if (existsSync(previous) && !existsSync(final)) renameSync(previous, final);
    for (const entry of readdirSync(final)) rmSync(join(final, entry), { recursive: true, force: true });
    cpSync(staging, final, { recursive: true });
  }
  discard(staging);
  discard(previous);
}

/** Removes a staging or previous folder, if there is one. @param {string} folder */
export function discard(folder) {
  rmSync(folder, { recursive: true, force: true });
}

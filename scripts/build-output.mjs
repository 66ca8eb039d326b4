// @ts-check
// The build's output folder, replaced only by a build that finished: Astro writes into a
// staging folder beside it, and the finished site takes the output folder's place by renaming.
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** A file every build of the handbook writes (the nginx block): how a folder is known to be a site. */
export const BUILD_MARKER = '_nginx.conf';

/**
 * @typedef {object} Folders
 * @property {string} final the folder the site is served from (dist/, or HANDBOOK_OUT_DIR)
 * @property {string} staging where Astro builds it: a sibling, so renaming stays on one disk;
 *   the final folder itself when its parent cannot be written (see `inPlace`)
 * @property {string} previous where the last site waits while the new one takes its place
 * @property {string} shown the final folder as the reader wrote it, for messages
 * @property {boolean} inPlace true when the build cannot be staged, and writes straight into
 *   the final folder as Astro does by itself (a failed build then leaves it empty)
 */

/**
 * The folders of one build, or an Error saying why the output folder is not one a build may
 * replace. A final folder that is a link is followed, so the link stays and the folder it
 * points at is replaced.
 * @param {string} cwd the project (where Astro runs)
 * @param {string | undefined} outDir HANDBOOK_OUT_DIR, relative to `cwd` as Astro reads it
 * @returns {Folders}
 */
export function publishFolders(cwd, outDir) {
  const written = resolve(cwd, outDir?.trim() ? outDir : 'dist');
  const final = existsSync(written) ? realpathSync(written) : written;
  const shown = relative(cwd, written).startsWith('..') ? written : relative(cwd, written) || written;
  const refused = refusal(cwd, final);
  if (refused) throw new Error(`HANDBOOK_OUT_DIR ${shown}: ${refused}`);
  const name = basename(final);
  const inPlace = !writable(dirname(final));
  return {
    final,
    staging: inPlace ? final : join(dirname(final), `.${name}.building`),
    previous: join(dirname(final), `.${name}.previous`),
    shown,
    inPlace,
  };
}

/**
 * Why a folder may not be the build's output, or undefined. Publishing replaces the whole
 * folder, so it must not hold anything but an earlier build: not the project or a folder
 * above it, not one of the project's own folders, and not a folder of other files.
 * @param {string} cwd
 * @param {string} final
 * @returns {string | undefined}
 */
function refusal(cwd, final) {
  const project = existsSync(cwd) ? realpathSync(cwd) : cwd;
  /** @param {string} folder @param {string} path */
  const inside = (folder, path) => {
    const rel = relative(folder, path);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  if (inside(final, project) || final === homedir())
    return 'the build replaces its output folder, and this one holds the project; use a folder of its own, such as dist';
  const own = ['public', 'src', 'content', 'local', 'node_modules', 'scripts', 'tests', '.git'];
  const mine = own.find((folder) => inside(join(project, folder), final));
  if (mine) return `it is inside the project's ${mine}/ folder; use a folder of its own, such as dist`;
  if (existsSync(final) && readdirSync(final).length > 0 && !existsSync(join(final, BUILD_MARKER)))
    return `it holds files that no build of the handbook wrote (it has no ${BUILD_MARKER}), which the build would replace; empty it or choose another folder`;
  return undefined;
}

/** @param {string} folder */
function writable(folder) {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Before a build: clears what an interrupted build left, and puts back a site that an
 * interrupted publish had moved aside.
 * @param {Folders} folders
 */
export function prepare({ final, staging, previous, inPlace }) {
  if (!existsSync(final) && existsSync(previous)) renameSync(previous, final);
  if (!inPlace) discard(staging);
}

/**
 * Puts the staged site in the final folder's place: two renames, so a web server serving the
 * folder sees the old site or the new one, never a half-written one. Where the final folder
 * cannot be renamed (a mount point, a volume in a container), the new site is copied over it
 * and then what the new site lacks is removed. A staging folder without a site in it (the
 * build printed its help, or wrote elsewhere) publishes nothing.
 * @param {Folders} folders
 * @returns {boolean} whether a site was published
 */
export function publish({ final, staging, previous, inPlace }) {
  if (inPlace) return true;
  if (!existsSync(join(staging, BUILD_MARKER))) {
    discard(staging);
    return false;
  }
  discard(previous);
  try {
    if (existsSync(final)) renameSync(final, previous);
    try {
      renameSync(staging, final);
    } catch (error) {
      if (existsSync(previous) && !existsSync(final)) renameSync(previous, final);
      throw error;
    }
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? '';
    if (!['EBUSY', 'EXDEV', 'EPERM', 'EACCES'].includes(code)) throw error;
    copyOver(staging, final);
  }
  discard(staging);
  discard(previous);
  return true;
}

/**
 * The new site copied over the old one, then the old one's files the new one lacks removed: if
 * the copy fails halfway (a full disk), the folder still holds a whole site, mixed, not none.
 * @param {string} from
 * @param {string} to
 */
function copyOver(from, to) {
  cpSync(from, to, { recursive: true, force: true });
  const keep = new Set(readdirSync(from, { recursive: true }).map(String));
  for (const entry of readdirSync(to, { recursive: true }).map(String).sort().reverse())
    if (!keep.has(entry)) rmSync(join(to, entry), { recursive: true, force: true });
}

/** Removes a staging or previous folder, if there is one. @param {string} folder */
export function discard(folder) {
  rmSync(folder, { recursive: true, force: true });
}

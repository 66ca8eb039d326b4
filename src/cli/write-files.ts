import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError, codeOf, display, fileError, type Context } from './context';
import { messages } from './messages';
import { cliSettings } from './settings';

/** A file a command plans to write. */
export interface PlannedFile {
  path: string;
  content: string;
  /** The flag that named the file (`--out`), so a refusal says which flag to change. */
  flag?: string;
  /** A file name to suggest when the flag names a folder, e.g. `plan.md`. */
  example?: string;
  /** The folder the file must stay inside; `writeAll`'s `root` when left out. */
  within?: string;
  /** The file belongs in the handbook's content (`new`, `plan --mdx`); any other file is kept out. */
  intoContent?: boolean;
}

/**
 * Writes files all or nothing: every file is checked first (inside its folder, not inside the
 * handbook's content unless it belongs there, no two files at one path, not a folder, not
 * existing unless --force, a folder that can be made and written to), then all are written.
 * With --dry-run nothing is written. A failure of the file system is the user's to fix (exit 1),
 * never an internal error. Returns the paths relative to the project root.
 */
export function writeAll(
  ctx: Pick<Context, 'root' | 'force' | 'dryRun'>,
  root: string,
  files: PlannedFile[],
): string[] {
  const layers = files.every((f) => f.intoContent) ? [] : contentFolders(ctx.root);
  // An export writes hundreds of files into a few folders: what is true of a folder is asked once.
  const folders = new FolderFacts();
  const seen = new Map<string, PlannedFile>();
  for (const file of files) {
    const target = resolve(file.path);
    const base = resolve(file.within ?? root);
    if (!isInside(base, target))
      throw new UserError(messages.outside(display(ctx.root, target), display(ctx.root, base)));
    // A symbolic link at the path (dangling or not) would take the write somewhere else.
    const real = folders.canonical(target);
    if (!isInside(folders.canonical(base), real))
      throw new UserError(messages.linkedOutside(display(ctx.root, target), real, display(ctx.root, base)));
    if (!file.intoContent) refuseInside(ctx, target, file.flag, layers, folders);
    const twin = seen.get(target);
    if (twin) throw new UserError(messages.sameFile(twin.flag, file.flag, display(ctx.root, target)));
    seen.set(target, file);
    checkTarget(ctx, target, file, folders);
  }
  if (!ctx.dryRun) {
    const done: string[] = [];
    const made = new Set<string>();
    for (const file of files) {
      const target = resolve(file.path);
      try {
        if (!made.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
        made.add(dirname(target));
        writeFileSync(target, file.content);
      } catch (error) {
        const failed = fileError(error, `write ${display(ctx.root, target)}`);
        throw failed instanceof UserError
          ? new UserError(`${failed.message} ${messages.partlyWritten(done)}`)
          : failed;
      }
      done.push(display(ctx.root, target));
    }
  }
  return files.map((f) => display(ctx.root, resolve(f.path)));
}

/**
 * The output guard every command shares: refuses `path` when it lies inside one of the
 * handbook's content folders (content/, the fork's local/, HANDBOOK_CONTENT_DIR), where a
 * stray file would be read as a page or data file and break `check` and the build. `flag`
 * names the option that chose the path, for the message. `writeAll` applies it to every file
 * not marked `intoContent`; a command that takes a folder (export) calls it on the folder first.
 */
export function assertOutsideContent(ctx: Pick<Context, 'root'>, path: string, flag?: string): void {
  const folders = new FolderFacts();
  refuseInside(ctx, resolve(path), flag, contentFolders(ctx.root, folders), folders);
}

function refuseInside(
  ctx: Pick<Context, 'root'>,
  target: string,
  flag: string | undefined,
  layers: Layer[],
  folders: FolderFacts,
) {
  const real = folders.canonical(target);
  const layer = layers.find((folder) => isInside(folder.path, target) || isInside(folder.real, real));
  if (layer)
    throw new UserError(
      messages.insideContent(named(flag, display(ctx.root, target)), display(ctx.root, layer.path)),
    );
}

/** A content folder, as the settings name it and with its links resolved. */
type Layer = { path: string; real: string };

/**
 * Every folder the handbook reads content from: the settings' layers, the fork's local/ even
 * before it exists (writing into it would create it), and the project's own content/.
 */
function contentFolders(root: string, folders = new FolderFacts()): Layer[] {
  const settings = cliSettings({ root });
  const local = join(dirname(settings.configFile ?? 'handbook.config.yaml'), 'local');
  return [...new Set([...settings.layers, local, 'content'].map((folder) => resolve(root, folder)))].map(
    (path) => ({ path, real: folders.canonical(path) }),
  );
}

/** Refuses a target that is a folder, exists (without --force), or cannot be created or written. */
function checkTarget(
  ctx: Pick<Context, 'root' | 'force'>,
  target: string,
  file: PlannedFile,
  folders: FolderFacts,
) {
  const shown = display(ctx.root, target);
  let stats: Stats | undefined;
  try {
    stats = statSync(target, { throwIfNoEntry: false });
  } catch (error) {
    if (codeOf(error) !== 'ENOTDIR') throw fileError(error, `write ${shown}`);
  }
  if (stats?.isDirectory())
    throw new UserError(
      messages.isFolder(
        named(file.flag, shown),
        file.flag ? `${file.flag} ${join(shown, file.example ?? basename(target))}` : undefined,
      ),
    );
  if (stats && !ctx.force) throw new UserError(messages.exists(shown));
  if (stats) return writable(target, shown);
  // A new file: the nearest part of its path that exists must be a folder the user may write into.
  const folder = folders.nearestExisting(dirname(target));
  if (!folders.isFolder(folder))
    throw new UserError(messages.notAFolder(named(file.flag, shown), display(ctx.root, folder)));
  if (!folders.isWritable(folder)) writable(folder, shown);
}

/** Throws the user's error when `path` cannot be written. */
function writable(path: string, shown: string) {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw fileError(error, `write ${shown}`);
  }
}

/**
 * What the file system says about folders, asked once per folder for one batch of writes. Every
 * question is answered without an exception for a path that is not there (the common case: an
 * export's files are new), as throwing and catching an error per file cost more than the writes.
 */
class FolderFacts {
  private readonly existing = new Map<string, string>();
  private readonly real = new Map<string, string>();
  private readonly canonicalParent = new Map<string, string>();
  private readonly folder = new Map<string, boolean>();
  private readonly canWrite = new Map<string, boolean>();

  /** `path` if it exists, else the nearest folder above it that does. */
  nearestExisting(path: string): string {
    let found = this.existing.get(path);
    if (found === undefined) {
      const parent = dirname(path);
      found = exists(path) || parent === path ? path : this.nearestExisting(parent);
      this.existing.set(path, found);
    }
    return found;
  }

  isFolder(path: string): boolean {
    let answer = this.folder.get(path);
    if (answer === undefined) {
      answer = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
      this.folder.set(path, answer);
    }
    return answer;
  }

  isWritable(path: string): boolean {
    let answer = this.canWrite.get(path);
    if (answer === undefined) {
      try {
        accessSync(path, constants.W_OK);
        answer = true;
      } catch {
        answer = false;
      }
      this.canWrite.set(path, answer);
    }
    return answer;
  }

  /**
   * The path with symbolic links resolved as far as it exists, so a link cannot hide a folder;
   * a link to a file not there yet (which writing would create) is followed too.
   */
  canonical(path: string, links = 0): string {
    const entry = lstat(path);
    if (entry?.isSymbolicLink() && links < 8 && !exists(path))
      return this.canonical(resolve(dirname(path), readlinkSync(path)), links + 1);
    if (entry) return this.realFolder(path);
    const parent = dirname(path);
    if (parent === path) return path;
    let above = this.canonicalParent.get(parent);
    if (above === undefined) {
      above = this.canonical(parent, links);
      this.canonicalParent.set(parent, above);
    }
    return join(above, basename(path));
  }

  /** realpath of a path that exists, once per path. */
  private realFolder(path: string): string {
    let found = this.real.get(path);
    if (found === undefined) {
      try {
        found = realpathSync(path);
      } catch {
        found = path;
      }
      this.real.set(path, found);
    }
    return found;
  }
}

/** The entry itself (a link is not followed), or undefined when there is none or it cannot be read. */
function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Whether the path leads somewhere (a link is followed; a broken link does not). */
function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** `--out x.md` when a flag named the file, else the path alone. */
const named = (flag: string | undefined, shown: string) => (flag ? `${flag} ${shown}` : shown);

/** Whether `path` is `folder` or inside it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

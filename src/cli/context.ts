import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { messages } from './messages';
// settings.ts imports UserError from this file: a cycle of functions only, which ES modules allow.
import { cliSettings } from './settings';

/** What every command gets: where it runs, how to talk, and the global flags. */
export interface Context {
  /** The project root (the folder holding content/). */
  root: string;
  /** The folder the user ran the command from (relative paths in flags are from here). */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  json: boolean;
  dryRun: boolean;
  force: boolean;
}

/** A mistake in the user's input or files: printed as is, exit code 1. */
export class UserError extends Error {
  override name = 'UserError';
}

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
  const seen = new Map<string, PlannedFile>();
  for (const file of files) {
    const target = resolve(file.path);
    const base = resolve(file.within ?? root);
    if (!isInside(base, target))
      throw new UserError(messages.outside(display(ctx.root, target), display(ctx.root, base)));
    if (!file.intoContent) refuseInside(ctx, target, file.flag, layers);
    const twin = seen.get(target);
    if (twin) throw new UserError(messages.sameFile(twin.flag, file.flag, display(ctx.root, target)));
    seen.set(target, file);
    checkTarget(ctx, target, file);
  }
  if (!ctx.dryRun) {
    const done: string[] = [];
    const made = new Set<string>(); // an export writes hundreds of files into a few folders
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
  refuseInside(ctx, resolve(path), flag, contentFolders(ctx.root));
}

function refuseInside(ctx: Pick<Context, 'root'>, target: string, flag: string | undefined, layers: Layer[]) {
  const real = canonical(target);
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
function contentFolders(root: string): Layer[] {
  const settings = cliSettings({ root });
  const local = join(dirname(settings.configFile ?? 'handbook.config.yaml'), 'local');
  return [...new Set([...settings.layers, local, 'content'].map((folder) => resolve(root, folder)))].map(
    (path) => ({ path, real: canonical(path) }),
  );
}

/** Refuses a target that is a folder, exists (without --force), or cannot be created or written. */
function checkTarget(ctx: Pick<Context, 'root' | 'force'>, target: string, file: PlannedFile) {
  const shown = display(ctx.root, target);
  let stats: Stats | undefined;
  try {
    stats = statSync(target);
  } catch (error) {
    if (!['ENOENT', 'ENOTDIR'].includes(codeOf(error) ?? '')) throw fileError(error, `write ${shown}`);
  }
  if (stats?.isDirectory())
    throw new UserError(
      messages.isFolder(
        named(file.flag, shown),
        file.flag ? `${file.flag} ${join(shown, file.example ?? basename(target))}` : undefined,
      ),
    );
  if (stats && !ctx.force) throw new UserError(messages.exists(shown));
  // The nearest part of the path that exists must be a folder the user may write into.
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!stats && !statSync(folder).isDirectory())
    throw new UserError(messages.notAFolder(named(file.flag, shown), display(ctx.root, folder)));
  try {
    accessSync(stats ? target : folder, constants.W_OK);
  } catch (error) {
    throw fileError(error, `write ${shown}`);
  }
}

/** Why the file system refused, in words, for the errors a user can fix. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOENT: 'the file system does not allow a file there',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'a file is in the way of a folder the path needs',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A file-system error as the user's mistake to fix (`cannot <doing>: <reason>`, exit 1), or the
 * error unchanged when its cause is not one a user can fix. One place for every command.
 */
export function fileError(error: unknown, doing: string): unknown {
  const reason = REASONS[codeOf(error) ?? ''];
  return reason ? new UserError(messages.cannot(doing, reason)) : error;
}

/** Errors only the computer's state explains (permissions, a full or read-only disk): never our bug. */
export function isEnvironmentError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return (
    ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT'].includes(codeOf(error) ?? '') &&
    typeof (error as NodeJS.ErrnoException).path === 'string'
  );
}

const codeOf = (error: unknown) =>
  error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;

/** `--out x.md` when a flag named the file, else the path alone. */
const named = (flag: string | undefined, shown: string) => (flag ? `${flag} ${shown}` : shown);

/** Whether `path` is `folder` or inside it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The path with symbolic links resolved as far as it exists, so a link cannot hide a folder;
 * a link to a file not there yet (which writing would create) is followed too.
 */
function canonical(path: string, links = 0): string {
  try {
    if (links < 8 && !existsSync(path) && lstatSync(path).isSymbolicLink())
      return canonical(resolve(dirname(path), readlinkSync(path)), links + 1);
  } catch {
    // not there at all: resolve what exists above it
  }
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, path));
  } catch {
    return path;
  }
}

/** A path as the user should see it: relative to the project when inside it. */
export function display(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

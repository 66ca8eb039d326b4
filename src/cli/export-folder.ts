import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { readManifest, MANIFEST, type EarlierList } from '../lib/export/manifest';

/*
 * The export folder as an earlier export left it: its files, the list of the files that export
 * wrote (`.handbook-export.json`), and the removal of those this export no longer writes.
 * `folderPlan` (src/lib/export/manifest.ts) decides which those are; this reads and removes.
 */

/**
 * Every file under `dir` as a `/`-separated relative path. Dot files and folders (a wiki's .git,
 * .DS_Store, the export's own list) are left out: never an export's pages, never worth a note.
 */
export function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')));
}

/** The folder's earlier export, as its list says (no list: no target, no files, no fingerprints). */
export function earlierExport(dir: string): EarlierList {
  const list = join(dir, MANIFEST);
  if (!existsSync(list)) return { fingerprints: new Map() };
  return readManifest(readFileSync(list, 'utf8'));
}

/** A short fingerprint of a file's content, to tell later whether someone changed it. */
export function fingerprint(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** Where edited pages are copied before a forced export replaces them (a dot folder: no wiki shows it). */
export const EDITED = '.handbook-export-edited';

/**
 * The files among `replacing` (paths this export overwrites or removes) that changed since the
 * earlier export wrote them: their fingerprint no longer matches the one it listed, and this
 * export does not write the same text back. Files the list gives no fingerprint are not known
 * to be edited.
 */
export function editedSince(
  dir: string,
  earlier: ReadonlyMap<string, string>,
  replacing: Iterable<string>,
  writing: ReadonlyMap<string, string | Uint8Array>,
): string[] {
  return [...replacing]
    .filter((path) => {
      const listed = earlier.get(path);
      const file = join(dir, path);
      if (!listed || !lstatSync(file, { throwIfNoEntry: false })?.isFile()) return false;
      const now = fingerprint(readFileSync(file));
      const next = writing.get(path);
      return now !== listed && (next === undefined || now !== fingerprint(next));
    })
    .sort();
}

/** Copies `files` into a new dated folder under `.handbook-export-edited/`; returns that folder. */
export function keepEdited(dir: string, files: string[], now = new Date()): string {
  const folder = join(dir, EDITED, now.toISOString().slice(0, 19).replace(/:/g, '-'));
  for (const path of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(dir, path), join(folder, path));
  }
  return folder;
}

/**
 * Removes the files an earlier export wrote that this one does not, and the folders that leaves
 * empty (up to the export folder). Only plain files whose folder really is inside the export
 * folder: `readManifest` keeps every listed path inside, and a folder replaced by a link to
 * somewhere else is not followed.
 */
export function removeStale(dir: string, stale: string[]) {
  const root = `${realpathSync(dir)}${sep}`;
  const inside = (folder: string) => `${realpathSync(folder)}${sep}`.startsWith(root);
  for (const path of stale) {
    const file = join(dir, path);
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile() || !inside(dirname(file))) continue;
    unlinkSync(file);
    for (
      let folder = dirname(file);
      folder !== dir && readdirSync(folder).length === 0;
      folder = dirname(folder)
    )
      rmdirSync(folder);
  }
}

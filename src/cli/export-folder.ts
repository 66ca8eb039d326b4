import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { manifestFiles, MANIFEST } from '../lib/export/manifest';

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

/** The files the folder's earlier export listed, or undefined when it has no readable list. */
export function earlierExport(dir: string): string[] | undefined {
  const list = join(dir, MANIFEST);
  return existsSync(list) ? manifestFiles(readFileSync(list, 'utf8')) : undefined;
}

/**
 * Removes the files an earlier export wrote that this one does not, and the folders that leaves
 * empty (up to the export folder). Only plain files whose folder really is inside the export
 * folder: `manifestFiles` keeps every listed path inside, and a folder replaced by a link to
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

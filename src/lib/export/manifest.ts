/**
 * The list an export leaves in its folder of the files it wrote, so that the next export there
 * (with --force) can tell its own earlier files from the user's. Re-exporting fewer pages (a
 * `--section incidents` export over a whole-handbook one) used to leave every earlier page
 * behind, still linked from nothing, and a wiki would publish them all. With the list, the
 * files an earlier export wrote and this one does not are removed; anything else in the folder
 * (the wiki's .git, a page the team wrote itself) was never ours, so it is left alone, however
 * stale it looks: without the list nobody can prove which files the handbook wrote.
 */

/** The list's file name, at the top of the export folder (a dot file: no wiki shows it). */
export const MANIFEST = '.handbook-export.json';

/**
 * The list's text, for the files an export writes (paths relative to its folder) and a
 * fingerprint of each as written (`fingerprint` in src/cli/export-folder.ts), by which the next
 * export tells a page the team edited since from one it can replace without a word.
 */
export function manifestText(target: string, fingerprints: ReadonlyMap<string, string>): string {
  const files = [...fingerprints.keys()].sort();
  return `${JSON.stringify(
    {
      about:
        'The files `npx handbook export` wrote here. With --force, the next export replaces them and removes those it no longer writes, first copying any edited since into .handbook-export-edited/; other files are never touched.',
      target,
      files,
      fingerprints: Object.fromEntries(files.map((f) => [f, fingerprints.get(f)!])),
    },
    null,
    2,
  )}\n`;
}

/** An earlier export's list, read once: its target, its files and their fingerprints. */
export interface EarlierList {
  /** The target it was written for (undefined when the list names none). */
  target?: string;
  /** The files it names (undefined when the text is not such a list). */
  files?: string[];
  /** Each file's fingerprint (none for a list made before they existed). */
  fingerprints: Map<string, string>;
}

/**
 * What an earlier export's list says. Only plain relative paths inside the folder count as its
 * files: an edited list can never name a file elsewhere.
 */
export function readManifest(text: string): EarlierList {
  let data: { target?: unknown; files?: unknown; fingerprints?: unknown } | null;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return { fingerprints: new Map() };
  }
  const { target, files, fingerprints: prints } = data ?? {};
  return {
    target: typeof target === 'string' ? target : undefined,
    files: Array.isArray(files) ? files.filter(isPathInside) : undefined,
    fingerprints:
      typeof prints === 'object' && prints !== null
        ? new Map(Object.entries(prints).filter((e): e is [string, string] => typeof e[1] === 'string'))
        : new Map(),
  };
}

/** The fingerprints an earlier export's list gives (none for a list made before they existed). */
export const manifestFingerprints = (text: string): Map<string, string> => readManifest(text).fingerprints;

/** The files an earlier export listed, or undefined when the text is not such a list. */
export const manifestFiles = (text: string): string[] | undefined => readManifest(text).files;

const isPathInside = (f: unknown): f is string =>
  typeof f === 'string' &&
  f !== MANIFEST &&
  !f.startsWith('/') &&
  !f.includes('\\') &&
  !/^[a-zA-Z]:/.test(f) &&
  f.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

/** What a forced export does to a folder's earlier files. */
export interface FolderPlan {
  /** Files an earlier export wrote that this one does not: removed. */
  stale: string[];
  /** Files this export does not write and no earlier export listed: left as they are. */
  notOurs: string[];
}

/**
 * @param existing every file now in the folder (relative paths; `.git` and other dot folders left out)
 * @param writing the files this export writes
 * @param listed the files the folder's list names (undefined: the folder has no list)
 */
export function folderPlan(existing: string[], writing: ReadonlySet<string>, listed?: string[]): FolderPlan {
  const earlier = new Set(listed ?? []);
  const present = new Set(existing);
  return {
    stale: [...earlier].filter((f) => !writing.has(f) && present.has(f)).sort(),
    notOurs: existing.filter((f) => f !== MANIFEST && !writing.has(f) && !earlier.has(f)).sort(),
  };
}

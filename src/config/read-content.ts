import { existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { buildHandbook, type Handbook } from '../lib/handbook/model';
import { fileName, parseContent } from '../lib/handbook/parse-content';
import { DATA_FOLDERS, type ContentFiles } from '../lib/handbook/raw-content';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';
import { layerProblems } from '../lib/content-check/layers';
import { defaultOptions, type HandbookOptions } from '../lib/handbook/options';
import { termValues } from '../lib/config/terms';
import type { Settings } from './settings';
import { readText } from './read-text';
import { listFiles } from './list-files';

/**
 * Reads a handbook's content from disk: the loader for the Astro config (sidebar), the CLI and
 * the tests. The site itself loads through Astro's content collections (`src/data/`); both
 * hand the same raw content to the one model, `buildHandbook`.
 */

/** Slashes on every platform, so messages and ids look the same everywhere. */
const posix = (path: string) => path.split(sep).join('/');

/**
 * Every content file as text, as the content collections in `src/content.config.ts` find them:
 * pages anywhere under `docs/`, data files at the top of their folder; files starting with `_`
 * (drafts) and anything under a dot folder are skipped.
 *
 * Layers: given several content folders (upstream's `content/`, then the fork's `local/`), a
 * file in a later folder replaces the file at the same path in an earlier one, and files only
 * a later folder has are added. That is the fork layer: a fork never edits upstream's files.
 *
 * @param layers the content folder, or the content folders in order (later wins)
 * @param from paths in messages are relative to this folder (the project root)
 */
export function readContentFiles(layers: string | string[], from: string = process.cwd()): ContentFiles {
  const dirs = (Array.isArray(layers) ? layers : [layers]).map((dir) => resolve(from, dir));
  const read = (abs: string) => ({ file: posix(relative(from, abs)), text: readText(abs) });
  /** Each layer's files by their key; a later layer's file replaces an earlier one's. */
  const replaced: string[] = [];
  /** Pages at one path with another extension: `x.md` over `x.mdx` (see `ContentFiles`). */
  const collisions: { file: string; other: string }[] = [];
  const merged = <T>(
    list: (dir: string) => [key: string, abs: string][],
    make: (abs: string, key: string) => T,
    pages = false,
  ): T[] => {
    const byKey = new Map<string, [string, string]>();
    for (const dir of dirs)
      for (const [key, abs] of list(dir)) {
        const earlier = byKey.get(key);
        if (earlier) replaced.push(posix(relative(from, earlier[1])));
        if (earlier && pages && extname(earlier[1]) !== extname(abs))
          collisions.push({ file: posix(relative(from, abs)), other: posix(relative(from, earlier[1])) });
        byKey.set(key, [key, abs]);
      }
    return [...byKey.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, abs]) => make(abs, key));
  };
  const pages = merged(
    (dir) =>
      listFiles(join(dir, 'docs'), /\.mdx?$/, true).map((abs) => [
        posix(relative(join(dir, 'docs'), abs)).replace(/\.mdx?$/, ''),
        abs,
      ]),
    (abs) => {
      const docs = dirs.find((dir) => abs.startsWith(join(dir, 'docs') + sep))!;
      return { ...read(abs), rel: posix(relative(join(docs, 'docs'), abs)) };
    },
    true,
  );
  const data = (folder: string) =>
    merged((dir) => listFiles(join(dir, folder), /\.ya?ml$/, false).map((abs) => [fileName(abs), abs]), read);
  return {
    pages,
    ...(Object.fromEntries(DATA_FOLDERS.map((folder) => [folder, data(folder)])) as Pick<
      ContentFiles,
      (typeof DATA_FOLDERS)[number]
    >),
    levelTitles: dirs
      .map((dir) => readLevelTitlesFile(dir, from))
      .filter(Boolean)
      .pop(),
    replaced,
    ...(collisions.length > 0 ? { collisions } : {}),
  };
}

/** `level-titles.yaml` of a content folder as text, or undefined when it has none. */
export function readLevelTitlesFile(contentDir: string, from: string = process.cwd()) {
  const abs = join(contentDir, 'level-titles.yaml');
  return existsSync(abs) ? { file: posix(relative(from, abs)), text: readText(abs) } : undefined;
}

/**
 * The handbook, with every problem found on the way: files that fail their schema (left out of
 * the model), unknown terms, and the model's own rules.
 *
 * @param source a content folder (upstream's handbook, no config), or the fork's settings
 */
export function loadHandbookFromDisk(
  source: string | Settings,
  from: string = process.cwd(),
): { handbook: Handbook; files: ContentFiles; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const { layers, options } = sourceOf(source);
  const files = readContentFiles(layers, from);
  const parsed = parseContent(files, termValues(options.config));
  const built = buildHandbook(parsed.raw, options);
  return {
    handbook: built.handbook,
    files,
    problems: [...layerProblems(files), ...parsed.problems, ...built.problems],
    // Read only by those who ask (not the export, not the site's sidebar): see `buildHandbook`.
    get warnings() {
      return built.warnings;
    },
  };
}

/** The handbook; throws, listing every problem and warning, if there is any. */
export function loadValidHandbook(source: string | Settings, from: string = process.cwd()): Handbook {
  const { handbook, problems, warnings } = loadHandbookFromDisk(source, from);
  const all = [...problems, ...warnings];
  if (all.length > 0) throw new Error(`The handbook has problems:\n${all.map(formatProblem).join('\n')}`);
  return handbook;
}

/** The content folders and model options of a source. */
export function sourceOf(source: string | Settings): { layers: string[]; options: HandbookOptions } {
  return typeof source === 'string'
    ? { layers: [source], options: defaultOptions() }
    : { layers: source.layers, options: handbookOptions(source) };
}

/** What the model needs from the settings. */
export function handbookOptions(settings: Settings): HandbookOptions {
  return {
    config: settings.config,
    configFile: settings.configFile,
    visibility: settings.visibility,
    today: settings.today,
  };
}

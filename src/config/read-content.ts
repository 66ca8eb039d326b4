import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildHandbook, type Handbook } from '../lib/handbook/model';
import { parseContent } from '../lib/handbook/parse-content';
import { DATA_FOLDERS, type ContentFiles } from '../lib/handbook/raw-content';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';

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
 * @param contentDir the `content/` folder
 * @param from paths in messages are relative to this folder (the project root)
 */
export function readContentFiles(contentDir: string, from: string = process.cwd()): ContentFiles {
  const read = (abs: string) => ({ file: posix(relative(from, abs)), text: readFileSync(abs, 'utf8') });
  const docs = join(contentDir, 'docs');
  return {
    pages: listFiles(docs, /\.mdx?$/, true).map((abs) => ({ ...read(abs), rel: posix(relative(docs, abs)) })),
    ...(Object.fromEntries(
      DATA_FOLDERS.map((folder) => [
        folder,
        listFiles(join(contentDir, folder), /\.ya?ml$/, false).map(read),
      ]),
    ) as Pick<ContentFiles, (typeof DATA_FOLDERS)[number]>),
    levelTitles: readLevelTitlesFile(contentDir, from),
  };
}

/** `content/level-titles.yaml` as text, or undefined when the fork has none. */
export function readLevelTitlesFile(contentDir: string, from: string = process.cwd()) {
  const abs = join(contentDir, 'level-titles.yaml');
  return existsSync(abs) ? { file: posix(relative(from, abs)), text: readFileSync(abs, 'utf8') } : undefined;
}

/** Published files in `dir` (and below it if `recursive`) whose names match `pattern`, sorted. */
function listFiles(dir: string, pattern: RegExp, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name) && !/^[_.]/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (abs) =>
        !posix(relative(dir, abs))
          .split('/')
          .some((part) => part.startsWith('.')),
    )
    .sort();
}

/**
 * The handbook in `contentDir`, with every problem found on the way: files that fail their
 * schema (left out of the model), and the model's own rules.
 */
export function loadHandbookFromDisk(
  contentDir: string,
  from: string = process.cwd(),
): { handbook: Handbook; files: ContentFiles; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const files = readContentFiles(contentDir, from);
  const parsed = parseContent(files);
  const built = buildHandbook(parsed.raw);
  return { ...built, files, problems: [...parsed.problems, ...built.problems] };
}

/** The handbook in `contentDir`; throws, listing every problem and warning, if there is any. */
export function loadValidHandbook(contentDir: string, from: string = process.cwd()): Handbook {
  const { handbook, problems, warnings } = loadHandbookFromDisk(contentDir, from);
  const all = [...problems, ...warnings];
  if (all.length > 0) throw new Error(`The handbook has problems:\n${all.map(formatProblem).join('\n')}`);
  return handbook;
}

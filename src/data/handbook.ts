import { resolve, sep } from 'node:path';
import { getCollection } from 'astro:content';
import { handbookOptions } from '../config/read-content';
import { siteBuild } from '../config/site-build';
import { formatProblem } from '../lib/content-check/problem';
import { buildHandbook, routesOf, type GeneratedRoute, type Handbook } from '../lib/handbook/model';
import { fileName, parseLevelTitles } from '../lib/handbook/parse-content';
import type { RawDataFile } from '../lib/handbook/raw-content';
import type { RouteKind } from '../lib/handbook/routes';

let cached: Promise<Handbook> | undefined;

/**
 * The handbook for the site: Astro's content collections (already checked against their
 * schemas) handed to the model. Loaded once per build. A broken rule fails the build with
 * every problem as `file:line: message`, the same lines `npx handbook check` prints.
 */
export function loadHandbook(): Promise<Handbook> {
  cached ??= (async () => {
    const { settings, levelTitles, handbook: fromDisk } = siteBuild();
    const docsFolders = settings.layers.map((layer) => resolve(layer, 'docs') + sep);
    /** The page's path inside its layer's docs folder: `local/docs/start/x.mdx` → `start/x.mdx`. */
    const rel = (file: string) => {
      const abs = resolve(file);
      const docs = docsFolders.find((d) => abs.startsWith(d))!;
      return abs.slice(docs.length).split(sep).join('/');
    };
    const dataFile = <T>(entry: { filePath?: string; data: T }): RawDataFile<T> => ({
      file: entry.filePath!,
      name: fileName(entry.filePath!),
      data: entry.data,
    });
    const { handbook, problems, warnings } = buildHandbook(
      {
        pages: (await getCollection('docs')).map((entry) => ({
          file: entry.filePath!,
          rel: rel(entry.filePath!),
          frontmatter: entry.data,
          body: entry.body ?? '',
        })),
        ladders: (await getCollection('ladders')).map(dataFile),
        assessments: (await getCollection('assessments')).map(dataFile),
        checklists: (await getCollection('checklists')).map(dataFile),
        tables: (await getCollection('tables')).map(dataFile),
        levelTitles: parsedLevelTitles(levelTitles),
      },
      { ...handbookOptions(settings), leftOut: fromDisk.excluded },
    );
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
    if (problems.length > 0) throw new Error(`\n${problems.map(formatProblem).join('\n')}`);
    return handbook;
  })();
  return cached;
}

/** The fork's level titles, checked against their schema as `handbook check` checks them. */
function parsedLevelTitles(source?: { file: string; text: string }) {
  if (!source) return undefined;
  const { levelTitles, problems } = parseLevelTitles(source);
  if (problems.length > 0) throw new Error(`\n${problems.map(formatProblem).join('\n')}`);
  return levelTitles;
}

/**
 * `getStaticPaths` for a generated route file: one page per route of that kind, with the
 * route (its ladder, level, pair or derived assessment) as the page's props.
 */
export async function staticPaths<K extends RouteKind>(kind: K) {
  return routesOf(await loadHandbook(), kind).map((route) => ({ params: route.params, props: route }));
}

/** The props a generated route file receives. */
export type RouteProps<K extends RouteKind> = Extract<GeneratedRoute, { kind: K }>;

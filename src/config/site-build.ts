import { loadHandbookFromDisk } from './read-content';
import { loadSettings, type Settings } from './settings';
import type { Handbook } from '../lib/handbook/model';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';
import { layerProblems } from '../lib/content-check/layers';
import { turnedOffPages } from './turned-off-pages';

/** What a build of the site knows before Astro reads any content. */
export interface SiteBuild {
  settings: Settings;
  /** The handbook as read from disk: for the sidebar, the link checks and the exclusions. */
  handbook: Handbook;
  problems: ContentProblem[];
  /** What the build leaves out that the team may not expect: its own pages in a section turned off. */
  warnings: ContentProblem[];
  /** The level titles file of the last layer that has one. */
  levelTitles?: { file: string; text: string };
  /** Files the content collections must not load: replaced by the fork, or left out of this edition. */
  excluded: string[];
}

let cached: SiteBuild | undefined;
const SAID = Symbol.for('handbook:build-warnings');

/**
 * The settings and the handbook from disk, read once per process: the Astro config, the
 * content collections and the site's loader all ask here, so they agree on every file.
 */
export function siteBuild(): SiteBuild {
  if (cached) return cached;
  cached = readSiteBuild(loadSettings());
  // Said once per build, before Astro's own output; `handbook check` fails on the same pages.
  // Astro loads this module into more than one module graph, each with its own `cached`.
  const said = ((globalThis as { [SAID]?: Set<string> })[SAID] ??= new Set());
  for (const line of cached.warnings.map((w) => `[handbook] not built: ${formatProblem(w)}`)) {
    if (said.has(line)) continue;
    console.warn(line);
    said.add(line);
  }
  return cached;
}

/** What `siteBuild` reads, for these settings, from the folder `from`. */
export function readSiteBuild(settings: Settings, from: string = process.cwd()): SiteBuild {
  const { handbook, files, problems } = loadHandbookFromDisk(settings, from);
  // A fork's page over one of ours with another extension: the collections would load both
  // for one address. Stopped here, before Astro reads anything, as `handbook check` reports it.
  const collisions = layerProblems(files);
  if (collisions.length > 0) throw new Error(`\n${collisions.map(formatProblem).join('\n')}`);
  return {
    settings,
    handbook,
    problems,
    warnings: turnedOffPages(files, handbook, settings),
    levelTitles: files.levelTitles,
    excluded: [...(files.replaced ?? []), ...handbook.excluded.map((e) => e.file)],
  };
}

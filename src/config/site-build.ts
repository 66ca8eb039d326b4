import { loadHandbookFromDisk } from './read-content';
import { loadSettings, type Settings } from './settings';
import type { Handbook } from '../lib/handbook/model';
import { formatProblem, type ContentProblem } from '../lib/content-check/problem';
import { layerProblems } from '../lib/content-check/layers';

/** What a build of the site knows before Astro reads any content. */
export interface SiteBuild {
  settings: Settings;
  /** The handbook as read from disk: for the sidebar, the link checks and the exclusions. */
  handbook: Handbook;
  problems: ContentProblem[];
  /** The level titles file of the last layer that has one. */
  levelTitles?: { file: string; text: string };
  /** Files the content collections must not load: replaced by the fork, or left out of this edition. */
  excluded: string[];
}

let cached: SiteBuild | undefined;

/**
 * The settings and the handbook from disk, read once per process: the Astro config, the
 * content collections and the site's loader all ask here, so they agree on every file.
 */
export function siteBuild(): SiteBuild {
  if (cached) return cached;
  const settings = loadSettings();
  const { handbook, files, problems } = loadHandbookFromDisk(settings);
  // A fork's page over one of ours with another extension: the collections would load both
  // for one address. Stopped here, before Astro reads anything, as `handbook check` reports it.
  const collisions = layerProblems(files);
  if (collisions.length > 0) throw new Error(`\n${collisions.map(formatProblem).join('\n')}`);
  cached = {
    settings,
    handbook,
    problems,
    levelTitles: files.levelTitles,
    excluded: [...(files.replaced ?? []), ...handbook.excluded.map((e) => e.file)],
  };
  return cached;
}

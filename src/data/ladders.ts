import { getCollection, getEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Ladder } from '../schemas/ladder';
import { LevelTitlesSchema } from '../schemas/level-titles';
import { applyLevelTitles } from '../lib/ladders/titles';
import { contentRoot } from '../config/content-root';
import { TRACK_ORDER } from '../config/list-ladders';

let cached: Promise<Ladder[]> | undefined;

/**
 * Every ladder in `content/ladders/`, validated, in track order, with the fork's level titles
 * from `content/level-titles.yaml` applied. Loaded once per build.
 */
export function loadLadders(): Promise<Ladder[]> {
  cached ??= (async () => {
    const entries = await getCollection('ladders');
    const ladders = entries.map((entry) => {
      if (entry.data.id !== entry.id) {
        throw new Error(
          `${entry.filePath}: id "${entry.data.id}" does not match the file name; rename the file to ${entry.data.id}.yaml or write id: ${entry.id}`,
        );
      }
      return entry.data;
    });
    ladders.sort(
      (a, b) => TRACK_ORDER.indexOf(a.track) - TRACK_ORDER.indexOf(b.track) || a.id.localeCompare(b.id),
    );
    return applyLevelTitles(ladders, readLevelTitles(), LEVEL_TITLES_FILE);
  })();
  return cached;
}

const LEVEL_TITLES_FILE = join(contentRoot(), 'level-titles.yaml');

/** Reads and validates `content/level-titles.yaml` (absent or all comments means no overrides). */
function readLevelTitles() {
  if (!existsSync(LEVEL_TITLES_FILE)) return {};
  const result = LevelTitlesSchema.safeParse(parse(readFileSync(LEVEL_TITLES_FILE, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${LEVEL_TITLES_FILE}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data;
}

/** The newest date in a ladder's changelog, used as the review date of its generated pages. */
export function ladderReviewed(ladder: Ladder): Date {
  return new Date(Math.max(...ladder.changelog.map((c) => c.date.getTime())));
}

/** Who a ladder's pages are for. */
export function ladderAudience(ladder: Ladder): ('engineer' | 'manager' | 'team')[] {
  return ladder.track === 'management' ? ['manager', 'engineer'] : ['engineer', 'manager'];
}

/**
 * The handbook pages a level links to, with their titles. Throws, naming the ladder file and
 * the field, when a path does not lead to a page.
 */
export async function relatedPages(
  ladder: Ladder,
  levelId: string,
): Promise<{ href: string; title: string }[]> {
  const index = ladder.levels.findIndex((l) => l.id === levelId);
  const level = ladder.levels[index]!;
  return Promise.all(
    level.relatedPages.map(async (href, k) => {
      const entry = await getEntry('docs', href.replace(/^\/|\/$/g, ''));
      if (!entry) {
        throw new Error(
          `content/ladders/${ladder.id}.yaml: levels[${index}].relatedPages[${k}] "${href}" is not a page of the handbook; fix the path or remove it.`,
        );
      }
      return { href, title: entry.data.title };
    }),
  );
}

/** `getStaticPaths` for a route with one page per ladder (`[ladder]`): the ladder is the prop. */
export async function onePagePerLadder() {
  return (await loadLadders()).map((ladder) => ({ params: { ladder: ladder.id }, props: { ladder } }));
}

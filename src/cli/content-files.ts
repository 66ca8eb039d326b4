import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { LadderSchema, type Ladder } from '../schemas/ladder';
import { AssessmentSchema, type Assessment } from '../schemas/assessment';
import { ChecklistSchema, type Checklist } from '../schemas/checklist';
import { LevelTitlesSchema } from '../schemas/level-titles';
import { applyLevelTitles } from '../lib/ladders/titles';
import { ladderPaths } from '../lib/handbook/routes';
import { adjacentPairs, allPairs } from '../lib/ladders/diff';

/** A page file in content/docs. */
export interface PageFile {
  /** Path from the project root, e.g. content/docs/incidents/on-call.mdx. */
  file: string;
  /** Path from content/docs, e.g. incidents/on-call.mdx. */
  rel: string;
  /** The site path, e.g. /incidents/on-call/. */
  route: string;
  text: string;
}

/** Every published page (files starting with _ are drafts), sorted. */
export function pageFiles(root: string): PageFile[] {
  const docs = join(root, 'content', 'docs');
  if (!existsSync(docs)) return [];
  return readdirSync(docs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && !e.name.startsWith('_'))
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      const rel = relative(docs, abs).split(sep).join('/');
      const slug = rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
      return {
        file: relative(root, abs).split(sep).join('/'),
        rel,
        route: slug ? `/${slug}/` : '/',
        text: readFileSync(abs, 'utf8'),
      };
    })
    .sort((a, b) => a.rel.localeCompare(b.rel));
}

/** YAML files of one data folder, as [path from root, text]. */
export function dataFiles(root: string, folder: string): { file: string; text: string }[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => ({ file: `content/${folder}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The handbook's data, parsed leniently: files that do not validate are left out (check reports them). */
export function loadData(root: string): {
  ladders: Ladder[];
  checklists: Checklist[];
  assessments: Assessment[];
} {
  const valid = <T>(folder: string, schema: { safeParse: (d: unknown) => { success: boolean; data?: T } }) =>
    dataFiles(root, folder).flatMap(({ text }) => {
      try {
        const r = schema.safeParse(parse(text));
        return r.success ? [r.data as T] : [];
      } catch {
        return [];
      }
    });
  const titlesFile = join(root, 'content', 'level-titles.yaml');
  let titles = {};
  if (existsSync(titlesFile)) {
    const r = LevelTitlesSchema.safeParse(parse(readFileSync(titlesFile, 'utf8')));
    if (r.success) titles = r.data;
  }
  const ladders = valid<Ladder>('ladders', LadderSchema);
  let withTitles = ladders;
  try {
    withTitles = applyLevelTitles(ladders, titles, titlesFile);
  } catch {
    /* reported by check */
  }
  return {
    ladders: withTitles,
    checklists: valid<Checklist>('checklists', ChecklistSchema),
    assessments: valid<Assessment>('assessments', AssessmentSchema),
  };
}

/** Every site path the build generates from data (ladder pages, readiness checks). */
export function generatedRoutes(data: { ladders: Ladder[]; assessments: Assessment[] }): Set<string> {
  const routes = new Set<string>([ladderPaths.hub()]);
  for (const l of data.ladders) {
    routes
      .add(ladderPaths.ladder(l.id))
      .add(ladderPaths.compareIndex(l.id))
      .add(ladderPaths.json(l.id))
      .add(ladderPaths.csv(l.id));
    for (const level of l.levels)
      routes.add(ladderPaths.level(l.id, level.id)).add(ladderPaths.radar(l.id, level.id));
    for (const [a, b] of adjacentPairs(l)) routes.add(ladderPaths.next(l.id, a.id, b.id));
    for (const [a, b] of allPairs(l)) routes.add(ladderPaths.compare(l.id, a.id, b.id));
  }
  for (const a of data.assessments.filter((x) => x.fromLadder)) {
    const ladder = data.ladders.find((l) => l.id === a.fromLadder!.ladder);
    for (const level of ladder?.levels.slice(1) ?? []) routes.add(`/assessments/${a.id}/${level.id}/`);
  }
  return routes;
}

import type { Assessment } from '../../schemas/assessment';
import type { Checklist } from '../../schemas/checklist';
import type { Table } from '../../schemas/table';
import type { AudienceId } from '../../schemas/audience';
import { TRACKS, type Ladder, type Level } from '../../schemas/ladder';
import { PAGE_KINDS, type Source } from '../../schemas/page';
import { SECTION_IDS, sectionIndex } from '../../schemas/sections';
import { deriveForLevel } from '../assessments/derive';
import { yamlLine } from '../content-check/data-file';
import { fieldLine } from '../content-check/frontmatter';
import { closestName } from '../text/suggest';
import type { WrittenLink } from '../content-check/links';
import { kindProblems, sectionProblem } from '../content-check/page';
import type { ContentProblem } from '../content-check/problem';
import { adjacentPairs, allPairs } from '../ladders/diff';
import { applyLevelTitles, levelTitleProblems } from '../ladders/titles';
import type { RawContent, RawDataFile, RawPage } from './raw-content';
import { defaultOptions, sectionIsOn, type HandbookOptions } from './options';
import { reviewOf, type Review } from './review';
import {
  derivedAssessmentId,
  derivedAssessmentPath,
  fillRoute,
  linkRoute,
  pageFolder,
  pageRoute,
  pageSlug,
  pairParam,
  type RouteKind,
  type RouteParams,
} from './routes';

/**
 * What an assessment template naming no ladder is told. `handbook check` leaves it out when a file
 * of that name exists but does not read: that file's own problem is the one to fix.
 */
export const notALadder = (id: string) => `fromLadder.ladder "${id}" is not a ladder`;

/** What a page whose `levels` name a level no ladder has is told (left out while a ladder file is broken). */
export const notALevel = (id: string) => `levels: "${id}" is not a level of any ladder`;

/**
 * The handbook: every page, ladder, checklist and assessment, ordered, with the fork's level
 * titles applied, the assessments derived from ladders, and every address the site has. Built
 * once from raw content by `buildHandbook`; the site, the CLI and the tests all read it.
 */
export interface Handbook {
  /** Hand-written pages in reading order: by section, then sidebar order, then address. */
  pages: Page[];
  /** Ladders by track (engineering, management, product), then id; level titles applied. */
  ladders: Ladder[];
  checklists: Checklist[];
  /** Reference tables kept as data (KPIs, decision rights), by id. */
  tables: Table[];
  /** Every assessment a page can embed: the standalone ones, then the derived ones. */
  assessments: Assessment[];
  /** Assessment files that are templates for derived assessments (`fromLadder`). */
  templates: Assessment[];
  /** One assessment per template and target level, generated from the template's ladder. */
  derived: DerivedAssessment[];
  /** Every page and download the site generates from data, in sidebar order. */
  generated: GeneratedRoute[];
  /** Every address of the site: pages and generated routes. */
  routes: Set<string>;
  /** Files this edition leaves out (internal in the public edition, or a section turned off). */
  excluded: Excluded[];
}

/** A file the content has but this build leaves out, and why; links to its page are reported. */
export interface Excluded {
  file: string;
  /** The page's address; undefined for a data file. */
  route?: string;
  reason: 'internal' | 'section-off' | 'page-off';
}

/**
 * Whether the config turns it off (its section, or the page itself under `pages:`): not built,
 * and links to it are text, on the site and in every export, as a section off has always been.
 */
export const turnedOff = (e: Pick<Excluded, 'reason'>) =>
  e.reason === 'section-off' || e.reason === 'page-off';

/** A hand-written page of `content/docs/`. */
export interface Page {
  file: string;
  /** The path inside `content/docs/`. */
  rel: string;
  /** Its address, e.g. `/incidents/on-call/`. */
  route: string;
  /** Starlight's id for it: the address without slashes (`incidents/on-call`; `''` for home). */
  slug: string;
  /** The section it belongs to: its folder (`start` for the home and 404 pages). */
  section: string;
  title: string;
  description?: string;
  /** `sidebar.order` from the frontmatter; pages without one come after those with one. */
  order: number;
  /** True for pages listed in their section's sidebar group (not home, 404 or `sidebar.hidden`). */
  inSidebar: boolean;
  sources: Source[];
  /** Who the page is written for (`audience` in the frontmatter). */
  audience: AudienceId[];
  /** Who reviews the page and when it is due; undefined for pages with no review date. */
  review?: Review;
  body: string;
  /** The whole file, when the loader read it. */
  text?: string;
  /** Links written in the frontmatter (the home page's `hero.actions`), checked as the body's are. */
  frontmatterLinks: WrittenLink[];
  /** Words readers search with that the page does not use (`searchTerms`): for search only. */
  searchTerms: string[];
}

/** An assessment generated from a ladder for one target level (e.g. readiness for senior). */
export interface DerivedAssessment {
  /** The assessment's id: `<template>-<level>`. */
  id: string;
  template: Assessment;
  ladder: Ladder;
  level: Level;
  route: string;
  assessment: Assessment;
}

/** A page or download the site generates from data, with the parameters of its route file. */
export type GeneratedRoute =
  | Route<'ladders' | 'dueForReview', object>
  | Route<
      'ladder' | 'nextIndex' | 'compareIndex' | 'radarIndex' | 'ladderJson' | 'ladderCsv',
      { ladder: Ladder }
    >
  | Route<'level' | 'radar', { ladder: Ladder; level: Level }>
  | Route<'next' | 'compare', { ladder: Ladder; from: Level; to: Level }>
  | Route<'derivedAssessment', { derived: DerivedAssessment }>
  | Route<'booklet' | 'section', { section: string }>;

/** One member per kind (distributed over `K`), so a route can be picked by its kind. */
type Route<K extends RouteKind, Props> = K extends RouteKind
  ? { kind: K; route: string; params: RouteParams } & Props
  : never;

/** The routes of one kind, typed by their kind. */
export function routesOf<K extends RouteKind>(
  handbook: Handbook,
  kind: K,
): Extract<GeneratedRoute, { kind: K }>[] {
  return handbook.generated.filter((r): r is Extract<GeneratedRoute, { kind: K }> => r.kind === kind);
}

/** An assessment by id (standalone or derived), or undefined. */
export function findAssessment(handbook: Handbook, id: string): Assessment | undefined {
  return handbook.assessments.find((a) => a.id === id);
}

/** A reference table by id, or undefined. */
export function findTable(handbook: Handbook, id: string): Table | undefined {
  return handbook.tables.find((t) => t.id === id);
}

/** A checklist by id, or undefined. */
export function findChecklist(handbook: Handbook, id: string): Checklist | undefined {
  return handbook.checklists.find((c) => c.id === id);
}

/**
 * What a level id reads as (`senior` → "Senior engineer"): the title of the first ladder level
 * with that id, or the id itself when no ladder has it. Pages name levels by id in frontmatter.
 */
export function levelTitle(handbook: Pick<Handbook, 'ladders'>, id: string): string {
  for (const ladder of handbook.ladders) {
    const level = ladder.levels.find((l) => l.id === id);
    if (level) return level.title;
  }
  return id;
}

/** The assessments derived for one level of one ladder (e.g. readiness for staff). */
export function derivedFor(handbook: Handbook, ladderId: string, levelId: string): DerivedAssessment[] {
  return handbook.derived.filter((d) => d.ladder.id === ladderId && d.level.id === levelId);
}

/** The hand-written page at an address, or undefined. */
export function pageAt(handbook: Handbook, route: string): Page | undefined {
  return handbook.pages.find((p) => p.route === route);
}

/** The pages a section's sidebar group lists, in order. */
export function sidebarPages(handbook: Handbook, sectionId: string): Page[] {
  return handbook.pages.filter((p) => p.inSidebar && p.section === sectionId);
}

/**
 * Turns raw content into the handbook, and checks the rules that span files: a data file's id
 * is its file name, level-titles.yaml names real ladders and levels (the config's `levels:` are
 * checked with the config, by `loadSettings`), a derived assessment's ladder exists, a ladder
 * level's related pages exist, a page's section is its folder. `problems` are
 * mistakes (the build fails, `handbook check` exits 1); `warnings` are the content rules a page
 * being written may not meet yet (too short, no sources), which `handbook check` and the tests
 * enforce and the build only reports. They are worked out when first read: counting every
 * page's words is most of this function's time, and the export and the sidebar never ask.
 */
export function buildHandbook(
  content: RawContent,
  options: HandbookOptions = defaultOptions(),
): {
  handbook: Handbook;
  problems: ContentProblem[];
  warnings: ContentProblem[];
} {
  const { raw, excluded } = edition(content, options);
  const problems: ContentProblem[] = [];
  const at = (source: { file: string; text?: string }, path: PropertyKey[], message: string) =>
    ({ file: source.file, line: source.text ? yamlLine(source.text, path) : 1, message }) as ContentProblem;

  // Data files: the id is the file name, so addresses, saved answers and the file agree.
  const named = <T extends { id: string }>(files: RawDataFile<T>[]): T[] =>
    files.flatMap((f) => {
      if (f.data.id === f.name) return [f.data];
      problems.push(
        at(
          f,
          ['id'],
          `id "${f.data.id}" does not match the file name; rename the file to ${f.data.id}.yaml or write id: ${f.name}`,
        ),
      );
      return [];
    });

  const pages = raw.pages.map((p) => toPage(p, options)).sort(readingOrder);
  const pageRoutes = new Set(pages.map((p) => p.route));
  for (const page of raw.pages) {
    const section = sectionProblem(page.rel, page.frontmatter.section, page.file);
    if (section) problems.push({ file: page.file, line: lineOf(page.text, 'section'), message: section });
  }

  let ladders = named(raw.ladders).sort(
    (a, b) => TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) || a.id.localeCompare(b.id),
  );
  // Titles from level-titles.yaml, then the config's `levels:` over them, level by level: a fork
  // may use both, and neither is ignored. The config's are checked with the rest of the config,
  // against the ladders of every layer and edition, before a build starts (`loadSettings`); the
  // file's here.
  if (raw.levelTitles) {
    for (const p of levelTitleProblems(ladders, raw.levelTitles.data))
      problems.push(at(raw.levelTitles, p.path, p.message));
    ladders = applyLevelTitles(ladders, raw.levelTitles.data);
  }
  if (options.config.levels) ladders = applyLevelTitles(ladders, options.config.levels);
  // Related pages in a section the config turns off are dropped, as links to them are unlinked.
  const sectionOff = new Set(excluded.filter(turnedOff).map((e) => e.route));
  if (sectionOff.size > 0)
    ladders = ladders.map((ladder) => ({
      ...ladder,
      levels: ladder.levels.map((level) => ({
        ...level,
        relatedPages: level.relatedPages.filter((href) => !sectionOff.has(href)),
        nextLevelGuide:
          level.nextLevelGuide && sectionOff.has(level.nextLevelGuide) ? undefined : level.nextLevelGuide,
      })),
    }));
  for (const file of raw.ladders) {
    file.data.levels.forEach((level, i) => {
      level.relatedPages.forEach((href, k) => {
        if (!pageRoutes.has(href) && !sectionOff.has(href))
          problems.push(
            at(
              file,
              ['levels', i, 'relatedPages', k],
              `levels[${i}].relatedPages[${k}] ${missingPage(href, excluded)}`,
            ),
          );
      });
      const guide = level.nextLevelGuide;
      if (guide && !pageRoutes.has(guide) && !sectionOff.has(guide))
        problems.push(
          at(
            file,
            ['levels', i, 'nextLevelGuide'],
            `levels[${i}].nextLevelGuide ${missingPage(guide, excluded)}`,
          ),
        );
      if (guide && i === file.data.levels.length - 1)
        problems.push(
          at(
            file,
            ['levels', i, 'nextLevelGuide'],
            `levels[${i}].nextLevelGuide: ${level.id} is the top level, with no next level to guide to; remove the line`,
          ),
        );
    });
  }

  const allAssessments = named(raw.assessments);
  const templates = allAssessments.filter((a) => a.fromLadder);
  const standalone = allAssessments.filter((a) => !a.fromLadder);
  const derived = templates.flatMap((template) => {
    const ladder = ladders.find((l) => l.id === template.fromLadder!.ladder);
    if (!ladder) {
      const file = raw.assessments.find((f) => f.data === template)!;
      problems.push(
        at(
          file,
          ['fromLadder', 'ladder'],
          `${notALadder(template.fromLadder!.ladder)}. Ladders: ${ladders.map((l) => l.id).join(', ')}`,
        ),
      );
      return [];
    }
    // Every level but the first can be a target: nobody is promoted into the lowest level.
    return ladder.levels.slice(1).map((level) => {
      const id = derivedAssessmentId(template.id, level.id);
      return {
        id,
        template,
        ladder,
        level,
        route: derivedAssessmentPath(template.id, level.id),
        assessment: withoutLinksTo(deriveForLevel(template, ladder, level, id), sectionOff),
      };
    });
  });
  for (const d of derived) {
    const clash = raw.assessments.find((f) => f.data.id === d.id && !f.data.fromLadder);
    if (clash)
      problems.push(
        at(
          clash,
          ['id'],
          `id "${d.id}" is also the id of a check generated from ${d.template.id}.yaml; rename this assessment`,
        ),
      );
  }

  // A booklet for each section the config lists that has pages of its own in the sidebar.
  const bookletSections = options.config.booklets.filter((s) =>
    pages.some((p) => p.section === s && p.inSidebar),
  );
  // A contents page for each section with pages in the sidebar and no index page of its own, so an
  // address cut back to its section (`/management/`) leads somewhere.
  const indexSections = [...new Set(pages.filter((p) => p.inSidebar).map((p) => p.section))].filter(
    (section) => !pageRoutes.has(fillRoute('section', { section })),
  );
  const all = generatedRoutes(ladders, derived, bookletSections, indexSections);
  const generated = all.filter((g) => sectionIsOn(options.config, routeSection(g)));
  // Generated pages of a section turned off are left out like its written pages: links to them read as text.
  for (const g of all)
    if (!generated.includes(g)) {
      excluded.push({ file: g.route, route: g.route, reason: 'section-off' });
      sectionOff.add(g.route);
    }
  // And a section turned off loses its own address: a link to `/tech-leadership/` (the home page
  // lists every section) reads as text and its list item goes, as links to its pages do.
  for (const section of SECTION_IDS) {
    const index = fillRoute('section', { section });
    if (sectionIsOn(options.config, section) || pageRoutes.has(index) || sectionOff.has(index)) continue;
    excluded.push({ file: index, route: index, reason: 'section-off' });
    sectionOff.add(index);
  }
  const routes = new Set([...pageRoutes, ...generated.map((g) => g.route)]);
  // A public checklist or assessment must not link a page the public edition leaves out: the
  // link would lead nowhere and give away the internal page's address. (Links to pages that
  // exist in no edition are caught by the built-site link test.)
  const internal = new Set(excluded.filter((e) => e.reason === 'internal').map((e) => e.route));
  for (const file of [...raw.checklists, ...raw.assessments, ...raw.tables] as RawDataFile<object>[])
    for (const { path, link } of linkFields(file.data))
      if (internal.has(linkRoute(link)))
        problems.push(at(file, path, `${path.join('.')} ${missingPage(link, excluded)}`));
  let warnings: ContentProblem[] | undefined;
  return {
    handbook: {
      pages,
      ladders,
      checklists: named(raw.checklists).map((c) => withoutLinksTo(c, sectionOff)),
      tables: named(raw.tables),
      assessments: [
        ...standalone.map((a) => withoutLinksTo(a, sectionOff)),
        ...derived.map((d) => d.assessment),
      ],
      templates,
      derived,
      generated,
      routes,
      excluded,
    },
    problems,
    get warnings() {
      return (warnings ??= [...kindWarnings(raw.pages), ...levelWarnings(raw.pages, ladders)]);
    },
  };
}

/**
 * A page's `levels` that no ladder has: a typo would show on the page as it stands. A warning, not
 * a problem, so that a fork whose own ladder renames a level still builds upstream's pages.
 */
function levelWarnings(pages: RawPage[], ladders: Ladder[]): ContentProblem[] {
  const ids = new Set(ladders.flatMap((ladder) => ladder.levels.map((level) => level.id)));
  if (ids.size === 0) return [];
  return pages.flatMap((page) => {
    const levels = page.frontmatter.levels;
    if (!Array.isArray(levels)) return [];
    return levels
      .filter((level): level is string => typeof level === 'string' && !ids.has(level))
      .map((level) => {
        const meant = closestName(level, ids);
        return {
          file: page.file,
          line: lineOf(page.text, 'levels'),
          message: `${notALevel(level)}${meant ? `; did you mean ${meant}?` : '.'} Levels: ${[...ids].join(', ')}`,
        };
      });
  });
}

/** The kind rules of every page (see `kindProblems`), as warnings at the field's line. */
function kindWarnings(pages: RawPage[]): ContentProblem[] {
  return pages.flatMap((page) => {
    const fields = kindFields(page);
    if (!fields) return []; // the frontmatter's own problems are reported where it is parsed
    return kindProblems(fields, page.body).map((p) => ({
      file: page.file,
      line: lineOf(page.text, p.field),
      message: p.message,
    }));
  });
}

/** Every route generated from the ladders and the derived assessments, in sidebar order. */
function generatedRoutes(
  ladders: Ladder[],
  derived: DerivedAssessment[],
  bookletSections: string[],
  indexSections: string[],
): GeneratedRoute[] {
  const route = <R extends { kind: RouteKind; params: RouteParams }>(r: R) => ({
    ...r,
    route: fillRoute(r.kind, r.params),
  });
  const routes: GeneratedRoute[] = [route({ kind: 'ladders', params: {} })];
  for (const ladder of ladders) {
    const l = { ladder: ladder.id };
    routes.push(
      route({ kind: 'ladder', params: l, ladder }),
      ...ladder.levels.map((level) =>
        route({ kind: 'level', params: { ...l, level: level.id }, ladder, level }),
      ),
      route({ kind: 'nextIndex', params: l, ladder }),
      ...adjacentPairs(ladder).map(([from, to]) =>
        route({ kind: 'next', params: { ...l, pair: pairParam.next(from.id, to.id) }, ladder, from, to }),
      ),
      route({ kind: 'compareIndex', params: l, ladder }),
      ...allPairs(ladder).map(([from, to]) =>
        route({
          kind: 'compare',
          params: { ...l, pair: pairParam.compare(from.id, to.id) },
          ladder,
          from,
          to,
        }),
      ),
      route({ kind: 'radarIndex', params: l, ladder }),
      ...ladder.levels.map((level) =>
        route({ kind: 'radar', params: { ...l, level: level.id }, ladder, level }),
      ),
      route({ kind: 'ladderJson', params: l, ladder }),
      route({ kind: 'ladderCsv', params: l, ladder }),
    );
  }
  routes.push(route({ kind: 'dueForReview', params: {} }));
  for (const d of derived)
    routes.push(
      route({
        kind: 'derivedAssessment',
        params: { template: d.template.id, level: d.level.id },
        derived: d,
      }),
    );
  for (const section of bookletSections)
    routes.push(route({ kind: 'booklet', params: { section }, section }));
  for (const section of indexSections) routes.push(route({ kind: 'section', params: { section }, section }));
  return routes;
}

/**
 * The content this build publishes: without internal pages and data in the public edition,
 * without the pages of sections the config turns off, and with the config's level titles in
 * place of `level-titles.yaml` when it has them.
 */
function edition(content: RawContent, options: HandbookOptions): { raw: RawContent; excluded: Excluded[] } {
  const excluded: Excluded[] = [...(options.leftOut ?? [])];
  const isPublic = options.visibility === 'public';
  const pages = content.pages.filter((page) => {
    const reason = !sectionIsOn(options.config, pageFolder(page.rel))
      ? 'section-off'
      : options.config.pages?.[pageRoute(page.rel)] === false
        ? 'page-off'
        : isPublic && page.frontmatter.visibility === 'internal'
          ? 'internal'
          : undefined;
    if (reason) excluded.push({ file: page.file, route: pageRoute(page.rel), reason });
    return !reason;
  });
  const published = <T extends { visibility?: string }>(files: RawDataFile<T>[]) =>
    files.filter((f) => {
      const internal = isPublic && f.data.visibility === 'internal';
      if (internal) excluded.push({ file: f.file, reason: 'internal' });
      return !internal;
    });
  return {
    raw: {
      pages,
      ladders: published(content.ladders),
      assessments: published(content.assessments),
      checklists: published(content.checklists),
      tables: published(content.tables),
      levelTitles: content.levelTitles,
    },
    excluded,
  };
}

/** Every `link` field in a data file, with its path (for the line of a problem). */
function linkFields(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; link: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => linkFields(item, [...path, i]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'link' && typeof value === 'string'
      ? [{ path: [...path, key], link: value }]
      : linkFields(value, [...path, key]),
  );
}

/** Why a path from data leads nowhere in this build, and the fix. */
function missingPage(href: string, excluded: Excluded[]): string {
  const left = excluded.find((e) => e.route === linkRoute(href));
  return left?.reason === 'internal'
    ? `"${href}" is internal (${left.file}), so the public edition leaves it out; link a public page, or mark this file visibility: internal too`
    : `"${href}" is not a page of the handbook; fix the path or remove it`;
}

/**
 * Data with every `link` to one of `routes` removed (a checklist item's or an assessment
 * action's): the text stays, the link to a page of a section turned off goes.
 */
function withoutLinksTo<T>(data: T, routes: Set<string | undefined>): T {
  if (routes.size === 0) return data;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, v]) => !(key === 'link' && typeof v === 'string' && routes.has(linkRoute(v))))
        .map(([key, v]) => [key, walk(v)]),
    );
  };
  return walk(data) as T;
}

/** The section a generated page belongs to: ladders under Levels, derived checks under Assessments. */
function routeSection(route: GeneratedRoute): string {
  if (route.kind === 'dueForReview') return 'start';
  if (route.kind === 'booklet' || route.kind === 'section') return route.section;
  return route.kind === 'derivedAssessment' ? 'assessments' : 'levels';
}

/** A raw page as the model keeps it. */
function toPage(raw: RawPage, options: HandbookOptions): Page {
  const fm = raw.frontmatter;
  const sidebar = isRecord(fm.sidebar) ? fm.sidebar : {};
  const route = pageRoute(raw.rel);
  return {
    file: raw.file,
    rel: raw.rel,
    route,
    slug: pageSlug(raw.rel),
    section: pageFolder(raw.rel),
    title: typeof fm.title === 'string' ? fm.title : route,
    description: typeof fm.description === 'string' ? fm.description : undefined,
    order: typeof sidebar.order === 'number' ? sidebar.order : Number.MAX_VALUE,
    inSidebar: raw.rel.includes('/') && sidebar.hidden !== true,
    sources: Array.isArray(fm.sources) ? (fm.sources as Source[]) : [],
    audience: Array.isArray(fm.audience) ? (fm.audience as AudienceId[]) : [],
    review: reviewOf(fm, pageFolder(raw.rel), options.config, options.today),
    body: raw.body,
    text: raw.text,
    frontmatterLinks: heroLinks(raw),
    searchTerms: Array.isArray(fm.searchTerms) ? fm.searchTerms.filter((t) => typeof t === 'string') : [],
  };
}

/** The links of a splash page's `hero.actions`, each with its line in the file. */
function heroLinks(raw: RawPage): WrittenLink[] {
  const hero = raw.frontmatter.hero;
  const actions = isRecord(hero) && Array.isArray(hero.actions) ? hero.actions : [];
  return actions.flatMap((action: unknown, i) => {
    if (!isRecord(action) || typeof action.link !== 'string') return [];
    const frontmatter = raw.text?.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1];
    // The frontmatter starts on the file's second line, after its opening `---`.
    const line = frontmatter ? yamlLine(frontmatter, ['hero', 'actions', i, 'link']) + 1 : 1;
    return [{ url: action.link, line }];
  });
}

/** The fields the kind rules read, when the page's frontmatter has them in a valid form. */
function kindFields(page: RawPage): Parameters<typeof kindProblems>[0] | undefined {
  const { kind = 'guide', sources } = page.frontmatter;
  if (!Array.isArray(sources) || !PAGE_KINDS.includes(kind as never)) return undefined;
  return { kind: kind as (typeof PAGE_KINDS)[number], sources };
}

/** Starlight sorts a sidebar group by `sidebar.order`, then by id with the English collator. */
const collator = new Intl.Collator('en');

/**
 * Reading order: by section, the home page first, then as Starlight orders a sidebar group
 * (sidebar.order, then id). The sidebar groups are generated by Starlight from the same rule;
 * a browser test compares each group with this order.
 */
function readingOrder(a: Page, b: Page): number {
  return (
    sectionIndex(a.section) - sectionIndex(b.section) ||
    Number(a.route !== '/') - Number(b.route !== '/') ||
    (a.order === b.order ? 0 : a.order < b.order ? -1 : 1) ||
    collator.compare(a.slug, b.slug)
  );
}

/** The 1-based line of a top-level frontmatter field, or 1 when the text is not at hand. */
const lineOf = (text: string | undefined, field: string) => (text && field ? fieldLine(text, field) : 1);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

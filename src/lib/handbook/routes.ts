/**
 * Every address the handbook has, in one place: the pages written in `content/docs/` and the
 * pages the site generates from data. The site's generated routes (`src/pages/…`), the sidebar,
 * links between pages, the CLI and the tests all build addresses here, so they cannot disagree.
 *
 * Each generated kind has a pattern whose `[param]` names match the file that renders it in
 * `src/pages/` (a unit test checks every pattern has its file). Page addresses end in a slash;
 * downloads end in their extension.
 */

/** The pattern of each kind of generated page, as its file sits in `src/pages/`. */
export const ROUTE_PATTERNS = {
  /** All ladders. */
  ladders: '/ladders/',
  /** A ladder's overview: the level × dimension matrix. */
  ladder: '/ladders/[ladder]/',
  /** One level's page. */
  level: '/ladders/[ladder]/[level]/',
  /** What changes at every step up, on one page. */
  nextIndex: '/ladders/[ladder]/next/',
  /** What changes from one level to the next one up. */
  next: '/ladders/[ladder]/next/[pair]/',
  /** The list of every pair of levels that can be compared. */
  compareIndex: '/ladders/[ladder]/compare/',
  /** Two levels side by side (lower level first). */
  compare: '/ladders/[ladder]/compare/[pair]/',
  /** Every level's radar chart on one page, with each chart's file. */
  radarIndex: '/ladders/[ladder]/radar/',
  /** A level's radar chart as a standalone SVG file. */
  radar: '/ladders/[ladder]/radar/[level].svg',
  /** The ladder's data as JSON. */
  ladderJson: '/ladders/[ladder].json',
  /** The ladder's data as CSV, one row per level × dimension. */
  ladderCsv: '/ladders/[ladder].csv',
  /** An assessment derived from a ladder for one target level (promotion readiness). */
  derivedAssessment: '/assessments/[template]/[level]/',
  /** Pages past their review date, by owner. */
  dueForReview: '/due-for-review/',
  /** A section's contents, for a section without an index page of its own (`/management/`). */
  section: '/[section]/',
  /** A section as one offline HTML file (for the sections the config's `booklets` lists). */
  booklet: '/booklets/[section].html',
} as const;

/** A kind of generated page. */
export type RouteKind = keyof typeof ROUTE_PATTERNS;

/** The parameters a route pattern takes, e.g. `{ ladder: 'ic-engineering', level: 'senior' }`. */
export type RouteParams = Record<string, string>;

/** Fills a pattern's `[param]` slots; throws if one is missing (a bug, not a content problem). */
export function fillRoute(kind: RouteKind, params: RouteParams): string {
  return ROUTE_PATTERNS[kind].replace(/\[([a-z]+)\]/g, (_slot, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Route ${kind} needs the parameter "${name}".`);
    return value;
  });
}

/** How a pair of levels is written in an address. */
export const pairParam = {
  /** `senior-to-staff`: one step up. */
  next: (from: string, to: string) => `${from}-to-${to}`,
  /** `mid-vs-staff`: any two levels, lower first. */
  compare: (low: string, high: string) => `${low}-vs-${high}`,
};

/** Addresses of the pages generated from the ladders. */
export const ladderPaths = {
  hub: () => fillRoute('ladders', {}),
  ladder: (ladder: string) => fillRoute('ladder', { ladder }),
  level: (ladder: string, level: string) => fillRoute('level', { ladder, level }),
  nextIndex: (ladder: string) => fillRoute('nextIndex', { ladder }),
  next: (ladder: string, from: string, to: string) =>
    fillRoute('next', { ladder, pair: pairParam.next(from, to) }),
  compareIndex: (ladder: string) => fillRoute('compareIndex', { ladder }),
  compare: (ladder: string, low: string, high: string) =>
    fillRoute('compare', { ladder, pair: pairParam.compare(low, high) }),
  radarIndex: (ladder: string) => fillRoute('radarIndex', { ladder }),
  radar: (ladder: string, level: string) => fillRoute('radar', { ladder, level }),
  json: (ladder: string) => fillRoute('ladderJson', { ladder }),
  csv: (ladder: string) => fillRoute('ladderCsv', { ladder }),
};

/** The id of a dimension's section on a level page (`#dim-scope`), which links may name. */
export const dimensionAnchor = (dimension: string) => `dim-${dimension}`;

/** The address of an assessment derived from a ladder, for one target level. */
export const derivedAssessmentPath = (template: string, level: string) =>
  fillRoute('derivedAssessment', { template, level });

/** The id of an assessment derived for one target level: `promotion-readiness-senior`. */
export const derivedAssessmentId = (template: string, level: string) => `${template}-${level}`;

/**
 * The address of a page file, from its path inside `content/docs/`:
 * `incidents/on-call.mdx` → `/incidents/on-call/`, `index.mdx` → `/`, `404.md` → `/404/`.
 */
export function pageRoute(rel: string): string {
  const slug = rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/** The Starlight id (slug) of a page: its address without the slashes, `''` for the home page. */
export function pageSlug(rel: string): string {
  return pageRoute(rel).slice(1, -1);
}

/**
 * The section folder a page file sits in: its first folder. Files at the top of
 * `content/docs/` (the home and 404 pages) belong to the first section, `start`.
 */
export function pageFolder(rel: string): string {
  return rel.includes('/') ? rel.split('/')[0]! : 'start';
}

/**
 * The route an internal link points at, for looking it up among the handbook's routes:
 * `/incidents/on-call#roles` → `/incidents/on-call/`, `/ladders/ic.json` → `/ladders/ic.json`.
 * Returns undefined for links that leave the site (`https:`, `mailto:`, `//host`) or stay on
 * the page (`#heading`).
 */
export function linkRoute(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.split('#')[0]!.split('?')[0]!;
  return path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`;
}

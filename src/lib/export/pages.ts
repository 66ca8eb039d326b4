import type { Handbook } from '../handbook/model';
import { ladderPaths } from '../handbook/routes';
import { derivedPage, ladderPage, laddersHub, type GeneratedPage } from './generated-pages';
import type { ExportPageData } from './page-data';
import { sectionIndex } from '../../schemas/sections';
import type { ExportPage } from './targets';

/** A page to export: what the plugins know about it, and its MDX source. */
export interface PageSource extends ExportPageData {
  /** The path its messages name: the source file, or the route of a generated page. */
  path: string;
  /** The MDX text, frontmatter included. */
  text: string;
}

/**
 * The pages to export, in reading order: the hand-written pages (without the website's 404),
 * then the pages generated from data (ladders, readiness worksheets) after their section's own,
 * limited to `sections` when given (the home page always stays).
 */
export function exportedPages(handbook: Handbook, sections?: string[]): PageSource[] {
  const written: PageSource[] = handbook.pages
    .filter((p) => p.route !== '/404/')
    .map((p) => ({
      route: p.route,
      title: p.title,
      section: p.section,
      order: p.route === '/' ? 0 : p.order === Number.MAX_VALUE ? 100 : p.order,
      description: p.description,
      sources: p.sources,
      path: p.file,
      text: p.text ?? p.body,
    }));
  const generated: PageSource[] = [
    laddersHub(handbook.ladders),
    ...handbook.ladders.map(ladderPage),
    ...handbook.derived.map(derivedPage),
  ].map((g: GeneratedPage, i) => ({
    route: g.route,
    title: g.title,
    section: g.section,
    order: 200 + i,
    description: g.description,
    sources: g.sources,
    path: g.route,
    text: g.markdown,
  }));
  return inSections(
    [...written, ...generated]
      // The model's reading order, kept within each section (generated pages follow the section's own).
      .map((page, index) => ({ page, index }))
      .sort((a, b) => sectionIndex(a.page.section) - sectionIndex(b.page.section) || a.index - b.index)
      .map(({ page }) => page),
    sections,
  );
}

/** The pages of `sections` (all when undefined), in their order; the home page always stays. */
export function inSections<T extends ExportPage>(pages: T[], sections?: string[]): T[] {
  return sections ? pages.filter((page) => sections.includes(page.section) || page.route === '/') : pages;
}

/**
 * Finds the exported page for a site path: pages by their route, and any generated address
 * of a ladder (a level, a comparison, a download) on the ladder's page, which holds all of it.
 */
export function pageFinder(
  pages: ExportPage[],
  handbook: Handbook,
): (route: string) => ExportPage | undefined {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const ladderOf = new Map(
    handbook.generated.flatMap((g) =>
      'ladder' in g ? [[g.route, ladderPaths.ladder(g.ladder.id)] as const] : [],
    ),
  );
  return (route) => byRoute.get(route) ?? byRoute.get(ladderOf.get(route) ?? '');
}

/**
 * A page as `--page` names it, as a site address: `/management/one-on-ones/`, the same without
 * its slashes or with the site's `base` in front (as the browser shows it), its full address
 * on the website, or its file under `docs/` of a content folder. Undefined for text that is no
 * address at all (`https://`, a broken `%` escape).
 */
export function askedRoute(asked: string, base = '/'): string | undefined {
  let path = asked.trim().replace(/\\/g, '/');
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  path = path.replace(/[#?].*$/, '');
  // The base, as the address bar shows it: `/hb/incidents/` and `/hb` both leave it.
  const prefix = base.replace(/\/$/, '');
  if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length);
  path = path
    .replace(/^(.*\/)?docs\//, '')
    .replace(/(^|\/)index\.mdx?$/, '')
    .replace(/\.mdx?$/, '')
    .replace(/^\/+|\/+$/g, '');
  return path ? `/${path}/` : '/';
}

/** The pages `--page` asks for, in reading order, or the addresses that name no exported page. */
export function askedPages(
  pages: ExportPage[],
  handbook: Handbook,
  asked: string[],
  base = '/',
): { routes: string[]; unknown: { asked: string; route?: string }[] } {
  const find = pageFinder(pages, handbook);
  const wanted = new Set<string>();
  const unknown: { asked: string; route?: string }[] = [];
  for (const a of asked) {
    const route = askedRoute(a, base);
    const page = route && find(route);
    if (page) wanted.add(page.route);
    else unknown.push({ asked: a, route });
  }
  return { routes: pages.filter((p) => wanted.has(p.route)).map((p) => p.route), unknown };
}

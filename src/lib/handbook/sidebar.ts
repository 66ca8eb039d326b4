import { SECTIONS } from '../../schemas/sections';
import { sidebarPages, type Handbook } from './model';
import { ladderPaths } from './routes';

/** A sidebar group in the shape Starlight's `sidebar` option accepts. */
export interface SidebarGroup {
  label: string;
  collapsed: boolean;
  items: SidebarItem[];
}

/** A sidebar entry: a content page by its id, or a link to a generated page. */
export type SidebarItem = { slug: string } | SidebarLink;

/** A link to a page that is not a content file (e.g. a ladder overview). */
export interface SidebarLink {
  label: string;
  link: string;
}

/** The generated pages each section lists after its own pages: the ladders under "Levels". */
export function generatedLinks(handbook: Handbook): Partial<Record<string, SidebarLink[]>> {
  if (handbook.ladders.length === 0) return {};
  return {
    levels: [
      { label: 'All career ladders', link: ladderPaths.hub() },
      ...handbook.ladders.map((l) => ({ label: l.title, link: ladderPaths.ladder(l.id) })),
    ],
  };
}

/**
 * The whole sidebar of the handbook: one group per section, in the order of
 * `SECTIONS`, listing the section's pages in the model's reading order and then its generated
 * pages. Sections with nothing to list are left out, so a fork that drops a section never
 * shows an empty heading.
 *
 * Pages are listed by id rather than with Starlight's `autogenerate`: a section's pages may come
 * from two folders (upstream's `content/docs/` and the fork's `local/docs/`), and the model
 * already knows their order. Each link's label is the page's title (or its `sidebar.label`).
 * A page added while `npm run dev` runs appears after a restart.
 *
 * Starlight is given only `sectionLinks` of it: it clones its sidebar into every page's route
 * data, so a whole sidebar there cost every page time in proportion to the handbook. Each page's
 * own sidebar is made from this one by route middleware (`src/components/overrides/scope-sidebar.ts`).
 */
export function buildSidebar(handbook: Handbook): SidebarGroup[] {
  const extra = generatedLinks(handbook);
  return SECTIONS.map((section) => ({
    section,
    pages: sidebarPages(handbook, section.id),
    links: extra[section.id] ?? [],
  }))
    .filter(({ pages, links }) => pages.length > 0 || links.length > 0)
    .map(({ section, pages, links }) => ({
      label: section.label,
      // "Start here" stays open; other groups open by themselves on their own pages.
      collapsed: section.id !== 'start',
      items: [...pages.map((page) => ({ slug: page.slug })), ...links],
    }));
}

/** A sidebar entry as Starlight hands it to route middleware (only the fields used here). */
export type SidebarEntry = SidebarTreeLink | SidebarTreeGroup;
export interface SidebarTreeLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: unknown;
  attrs: Record<string, unknown>;
}
interface SidebarTreeGroup {
  type: 'group';
  label: string;
  entries: SidebarEntry[];
  collapsed: boolean;
  badge: unknown;
}

/** How many links a group lists at most around the current page before the rest is summarised. */
export const SIDEBAR_WINDOW = 15;

/**
 * The sidebar of one page, kept small whatever the size of the handbook:
 * - the group of the current page is open, every other group is one link to its first page (a
 *   link, not an empty collapsed group, so keyboard and screen-reader users land somewhere);
 * - inside the open group, the same rule for its subgroups;
 * - a group with very many pages lists `SIDEBAR_WINDOW` pages on each side of the current one,
 *   and one link for the earlier pages and one for the later pages, each to the nearest of them.
 * Without this, every page carries every link of the handbook, and a page's HTML grows with
 * the handbook. Every page stays reachable from every other page through these links.
 *
 * The current group is the one holding the current page; for a page the sidebar does not list
 * (a ladder level, a comparison), the group of its section.
 *
 * @param entries the full sidebar, top level first
 * @param sectionLabel the label of the page's section, if it has one
 */
export function scopeSidebar(entries: SidebarEntry[], sectionLabel?: string): SidebarEntry[] {
  const current =
    entries.find((e) => e.type === 'group' && holdsCurrent(e)) ??
    entries.find((e) => e.type === 'group' && e.label === sectionLabel);
  return entries.map((entry) => (entry === current ? openGroup(entry as SidebarTreeGroup) : asLink(entry)));
}

/**
 * The open group: its subgroups scoped the same way, its links windowed around the current page.
 * Shown expanded even when the page is not one of its links (a generated ladder page, say), so
 * the reader still sees where in the handbook they are.
 */
function openGroup(group: SidebarTreeGroup): SidebarTreeGroup {
  const at = group.entries.findIndex((e) => (e.type === 'link' ? e.isCurrent : holdsCurrent(e)));
  const entries = group.entries.map((e, i) =>
    e.type === 'group' ? (i === at ? openGroup(e) : asLink(e)) : e,
  );
  if (entries.length <= 2 * SIDEBAR_WINDOW + 1) return { ...group, collapsed: false, entries };
  const centre = Math.max(at, 0);
  const from = Math.max(0, centre - SIDEBAR_WINDOW);
  const to = Math.min(entries.length, centre + SIDEBAR_WINDOW + 1);
  const summary = (label: string, target: SidebarEntry | undefined, count: number): SidebarEntry[] => {
    const link = target && (target.type === 'link' ? target : firstLink(target));
    return link && count > 0
      ? [
          {
            type: 'link',
            label: `${label} (${count} more)`,
            href: link.href,
            isCurrent: false,
            badge: undefined,
            attrs: {},
          },
        ]
      : [];
  };
  return {
    ...group,
    collapsed: false,
    entries: [
      ...summary(`Earlier in ${group.label}`, entries[from - 1], from),
      ...entries.slice(from, to),
      ...summary(`Later in ${group.label}`, entries[to], entries.length - to),
    ],
  };
}

/**
 * For a page the sidebar does not list (a ladder's level, a comparison, a derived readiness
 * check), the link it sits under: the nearest folder above its address that the sidebar links
 * (`/ladders/ic-engineering` for `/ladders/ic-engineering/senior/`), looked up folder by folder,
 * so the cost is the address's depth, not the sidebar's length. The home page holds everything,
 * so it is nobody's parent. Undefined when no link is above it.
 *
 * @param indexOf a link's index by its address without the trailing slash
 * @param base the site's sub-path (`/hb/`), whose home page is nobody's parent either
 */
export function parentLinkIndex(
  indexOf: (path: string) => number | undefined,
  pathname: string,
  base = '/',
): number | undefined {
  const parts = pathname.split('/').filter(Boolean);
  // Folders of the base (`/hb/`) are the home page's, not a parent's.
  const home = base.split('/').filter(Boolean).length;
  for (let n = parts.length - 1; n > home; n--) {
    const at = indexOf(`/${parts.slice(0, n).join('/')}`);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** A closed group as one link to its first page; a link as it is. */
function asLink(entry: SidebarEntry): SidebarEntry {
  if (entry.type === 'link') return entry;
  const first = firstLink(entry);
  return first
    ? { type: 'link', label: entry.label, href: first.href, isCurrent: false, badge: entry.badge, attrs: {} }
    : entry;
}

/** True when the current page is somewhere in this group. */
function holdsCurrent(group: SidebarTreeGroup): boolean {
  return group.entries.some((e) => (e.type === 'link' ? e.isCurrent : holdsCurrent(e)));
}

/** The first link in a group, depth first. */
function firstLink(group: SidebarTreeGroup): SidebarTreeLink | undefined {
  for (const e of group.entries) {
    const link = e.type === 'link' ? e : firstLink(e);
    if (link) return link;
  }
  return undefined;
}

/** A link in Starlight's sidebar config: one per section, to its first page (see `buildSidebar`). */
export function sectionLinks(groups: SidebarGroup[]): SidebarLink[] {
  return groups.flatMap((group) => {
    const first = group.items[0];
    if (!first) return [];
    return [{ label: group.label, link: 'slug' in first ? `/${first.slug}/` : first.link }];
  });
}

/** What a sidebar link of a content page shows, from its entry (Starlight's `sidebar` frontmatter). */
export interface PageLinkData {
  title: string;
  sidebar?: { label?: string; badge?: unknown; attrs?: Record<string, unknown> };
}

/**
 * The whole sidebar as Starlight's route data holds it, made once per build from
 * `buildSidebar`'s groups, as Starlight makes links from its config: a page's label is its
 * `sidebar.label` or title, with its badge and attributes; every address under `base`.
 * @param pageData each content page's data, by its id (`incidents/on-call`)
 */
export function sidebarTree(
  groups: SidebarGroup[],
  pageData: (slug: string) => PageLinkData | undefined,
  base: string,
): SidebarEntry[] {
  const under = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  return groups.map((group) => ({
    type: 'group',
    label: group.label,
    collapsed: group.collapsed,
    badge: undefined,
    entries: group.items.map((item): SidebarTreeLink => {
      if (!('slug' in item))
        return {
          type: 'link',
          label: item.label,
          href: under(item.link),
          isCurrent: false,
          badge: undefined,
          attrs: {},
        };
      const data = pageData(item.slug);
      if (!data) throw new Error(`The sidebar lists ${item.slug}, which the docs collection does not have.`);
      return {
        type: 'link',
        label: data.sidebar?.label || data.title,
        href: under(`/${item.slug}/`),
        isCurrent: false,
        badge: data.sidebar?.badge,
        attrs: { ...data.sidebar?.attrs },
      };
    }),
  }));
}

/** Every link of a sidebar, in order, for finding the current page and its neighbours. */
export function sidebarLinks(entries: SidebarEntry[]): SidebarTreeLink[] {
  return entries.flatMap((e) => (e.type === 'link' ? [e] : sidebarLinks(e.entries)));
}

/** A page's `prev` or `next` frontmatter, as Starlight's schema gives it. */
export type PrevNextConfig = boolean | string | { link?: string; label?: string } | undefined;

/**
 * The previous or next page link, with the page's own `prev`/`next` frontmatter applied as
 * Starlight applies it: `false` hides it, a string relabels it, `{ link, label }` replaces
 * either (or makes a link where there is none).
 */
export function prevNextLink(
  link: SidebarTreeLink | undefined,
  config: PrevNextConfig,
): SidebarTreeLink | undefined {
  if (config === false) return undefined;
  if (typeof config === 'string') return link && { ...link, label: config };
  if (typeof config === 'object') {
    if (link)
      return { ...link, label: config.label ?? link.label, href: config.link ?? link.href, attrs: {} };
    if (config.link && config.label)
      return {
        type: 'link',
        label: config.label,
        href: config.link,
        isCurrent: false,
        badge: undefined,
        attrs: {},
      };
    return undefined;
  }
  return link;
}

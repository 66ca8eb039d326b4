import { SECTIONS } from '../../schemas/sections';
import { sidebarPages, type Handbook } from './model';
import { ladderPaths } from './routes';

/** A sidebar group in the shape Starlight's `sidebar` option accepts. */
export interface SidebarGroup {
  label: string;
  collapsed: boolean;
  items: SidebarItem[];
}

/** A sidebar entry: a section's generated page list, or a link to a generated page. */
export type SidebarItem = { autogenerate: { directory: string } } | SidebarLink;

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
 * Builds Starlight's sidebar from the handbook: one group per section, in the order of
 * `SECTIONS`, listing the section's pages and then its generated pages. Sections with nothing
 * to list are left out, so a fork that drops a section never shows an empty heading.
 *
 * A section's pages are listed by Starlight's `autogenerate`, so a page added while `npm run
 * dev` runs appears at once; Starlight orders them by the rule the model's reading order
 * follows (`sidebar.order`, then address), which a browser test holds them to.
 *
 * Starlight matches `autogenerate.directory` against each page's file path with
 * `src/content/docs/` stripped. Our pages live in top-level `content/docs/`, which Starlight
 * does not strip, so the directory is given as the full path from the project root.
 *
 * @param docsPath the docs folder relative to the project root, e.g. `content/docs`
 */
export function buildSidebar(handbook: Handbook, docsPath: string): SidebarGroup[] {
  const docs = docsPath.replace(/^\.\/|\/$/g, '');
  const extra = generatedLinks(handbook);
  return SECTIONS.map((section) => ({
    section,
    hasPages: sidebarPages(handbook, section.id).length > 0,
    links: extra[section.id] ?? [],
  }))
    .filter(({ hasPages, links }) => hasPages || links.length > 0)
    .map(({ section, hasPages, links }) => ({
      label: section.label,
      // "Start here" stays open; other groups open by themselves on their own pages.
      collapsed: section.id !== 'start',
      items: [...(hasPages ? [{ autogenerate: { directory: `${docs}/${section.id}` } }] : []), ...links],
    }));
}

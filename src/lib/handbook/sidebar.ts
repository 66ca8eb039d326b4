import type { Section } from '../../schemas/sections';

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

/**
 * Builds Starlight's sidebar from the handbook's sections: one group per section, its pages
 * generated from `content/docs/<section id>/`. Sections with no pages are left out, so a fork
 * that drops a section never shows an empty heading.
 *
 * Starlight matches `autogenerate.directory` against each page's file path with
 * `src/content/docs/` stripped. Our pages live in top-level `content/docs/`, which Starlight
 * does not strip, so the directory is given as the full path from the project root
 * (`content/docs/<section id>`).
 *
 * @param sections the sections in sidebar order
 * @param pageCount how many pages each section folder holds
 * @param docsPath the docs folder relative to the project root, e.g. `content/docs`
 * @param extraLinks generated pages to list after a section's own pages, by section id
 */
export function buildSidebar(
  sections: readonly Section[],
  pageCount: (sectionId: string) => number,
  docsPath: string,
  extraLinks: Partial<Record<string, SidebarLink[]>> = {},
): SidebarGroup[] {
  const docs = docsPath.replace(/^\.\/|\/$/g, '');
  return sections
    .filter((section) => pageCount(section.id) > 0 || (extraLinks[section.id]?.length ?? 0) > 0)
    .map((section) => ({
      label: section.label,
      // "Start here" stays open; other groups open by themselves on their own pages.
      collapsed: section.id !== 'start',
      items: [
        ...(pageCount(section.id) > 0 ? [{ autogenerate: { directory: `${docs}/${section.id}` } }] : []),
        ...(extraLinks[section.id] ?? []),
      ],
    }));
}

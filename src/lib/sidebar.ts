import type { Section } from '../schemas/sections';

/** A sidebar group in the shape Starlight's `sidebar` option accepts. */
export interface SidebarGroup {
  label: string;
  collapsed: boolean;
  items: [{ autogenerate: { directory: string } }];
}

/**
 * Builds Starlight's sidebar from the handbook's sections: one group per section, its pages
 * generated from `content/docs/<section id>/`. Sections with no pages are left out, so a fork
 * that drops a section never shows an empty heading.
 *
 * @param sections the sections in sidebar order
 * @param pageCount how many pages each section folder holds
 */
export function buildSidebar(
  sections: readonly Section[],
  pageCount: (sectionId: string) => number,
): SidebarGroup[] {
  return sections
    .filter((section) => pageCount(section.id) > 0)
    .map((section) => ({
      label: section.label,
      // "Start here" stays open; other groups open by themselves on their own pages.
      collapsed: section.id !== 'start',
      items: [{ autogenerate: { directory: section.id } }],
    }));
}

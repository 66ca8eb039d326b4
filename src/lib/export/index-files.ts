import { SECTIONS } from '../../schemas/sections';
import { sectionIndex } from '../../schemas/sections';
import type { ExportPage, IndexFile, TargetStyle } from './targets';

/** The exported pages of each section that has any, in sidebar order (the home page apart). */
function sectionGroups(pages: ExportPage[]) {
  return SECTIONS.map((section) => ({
    section,
    pages: pages.filter((p) => p.section === section.id && p.route !== '/'),
  })).filter((group) => group.pages.length > 0);
}

/**
 * A wiki sidebar (`_Sidebar.md` on GitHub, `_sidebar.md` on GitLab): each section's label in
 * bold over a list of its pages, linked as the home page would link them.
 */
export function wikiSidebar(name: string, pages: ExportPage[], link: TargetStyle['link']): IndexFile {
  const home = pages.find((p) => p.route === '/') ?? pages[0]!;
  const lines = sectionGroups(pages).flatMap(({ section, pages: inSection }) => [
    `**${section.label}**`,
    '',
    ...inSection.map((p) => {
      const written = link(home, p, '');
      return `- [${p.title}](${written.kind === 'markdown' ? written.url : ''})`;
    }),
    '',
  ]);
  return [name, lines.join('\n')];
}

/** Docusaurus `_category_.json` files: each section folder's label and sidebar position. */
export function docusaurusCategories(pages: ExportPage[]): IndexFile[] {
  return sectionGroups(pages).map(({ section }) => [
    `${section.id}/_category_.json`,
    `${JSON.stringify({ label: section.label, position: sectionIndex(section.id) + 1 }, null, 2)}\n`,
  ]);
}

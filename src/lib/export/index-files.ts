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
      // Brackets in a title would end the link text early, or make a `[[wiki link]]` of it.
      const text = p.title.replace(/[\\[\]]/g, '\\$&');
      return `- [${text}](${written.kind === 'markdown' ? written.url : ''})`;
    }),
    '',
  ]);
  return [name, lines.join('\n')];
}

/**
 * Docusaurus `_category_.json` files, one for every folder that holds pages: a section folder
 * gets the section's label and sidebar position; any other folder (`ladders/`, the readiness
 * checks in `assessments/promotion-readiness/`) the title of its `index.md` page, or its name
 * in words, and a position right after the pages it sits among. Without one, Docusaurus would
 * label the folder with its bare name and sort it by name.
 */
export function docusaurusCategories(pages: ExportPage[], file: (page: ExportPage) => string): IndexFile[] {
  const folders = new Map<string, ExportPage[]>();
  for (const page of pages) {
    const parts = file(page).split('/').slice(0, -1);
    parts.forEach((_, i) => {
      const folder = parts.slice(0, i + 1).join('/');
      if (!folders.has(folder)) folders.set(folder, []);
      folders.get(folder)!.push(page);
    });
  }
  return [...folders].map(([folder, inside]) => {
    const section = SECTIONS.find((s) => s.id === folder);
    const index = inside.find((p) => file(p) === `${folder}/index.md`);
    const category = section
      ? { label: section.label, position: sectionIndex(section.id) + 1 }
      : {
          label: index?.title ?? words(folder.split('/').pop()!),
          // A top-level folder follows its pages' section; a nested one sits after its siblings.
          position: folder.includes('/')
            ? Math.min(...inside.map((p) => p.order))
            : sectionIndex(inside[0]!.section) + 1.5,
        };
    return [`${folder}/_category_.json`, `${JSON.stringify(category, null, 2)}\n`];
  });
}

/** A folder name in words: `promotion-readiness` → `Promotion readiness`. */
const words = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

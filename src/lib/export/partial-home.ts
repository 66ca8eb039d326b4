import type { Root } from 'mdast';
import { u } from 'unist-builder';
import { SECTIONS } from '../../schemas/sections';
import { list, listItem, paragraph, text } from './mdast-builders';
import type { ExportPage } from './targets';
import { listInWords } from '../text/words';

/**
 * The home page of an export of some sections only (`--section incidents`). The handbook's own
 * home page is the way into the whole handbook: its paths lead to pages this export does not
 * carry, so in a wiki made of one section it listed none of that section's pages. This home
 * says what the export holds and lists each section's pages, linked by their site paths (the
 * export's link transform writes them the target's way, as in any page).
 */
export function partialHome(pages: ExportPage[]): Root {
  const groups = SECTIONS.map((section) => ({
    section,
    pages: pages.filter((p) => p.section === section.id && p.route !== '/'),
  })).filter((g) => g.pages.length > 0);
  const labels = groups.map((g) => g.section.label);
  return u('root', [
    paragraph(
      text(
        `This copy holds part of the handbook: the ${listInWords(labels)} section${labels.length > 1 ? 's' : ''}.`,
      ),
    ),
    ...groups.flatMap(({ section, pages: inSection }) => [
      u('heading', { depth: 2 as const }, [text(section.label)]),
      list(inSection.map((p) => listItem([u('link', { url: p.route }, [text(p.title)])]))),
    ]),
  ]);
}

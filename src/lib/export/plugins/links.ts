import type { Link, Nodes, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import { toString } from 'mdast-util-to-string';
import { u } from 'unist-builder';
import { SKIP, walk } from '../walk';
import type { VFile } from 'vfile';
import { exportPageOf } from '../page-data';
import type { ExportPage, TargetStyle } from '../targets';
import { relativeLinkMessage } from '../../content-check/links';

/** The rule id of the message left for a link whose page is not exported. */
export const PAGE_NOT_EXPORTED = 'page-not-exported';
/** The rule id of the message left for a link to a page only the website has (`/due-for-review/`). */
export const SITE_ONLY_PAGE = 'site-only-page';
/** The rule id of the message left for a link into a section the config turns off. */
export const SECTION_OFF_PAGE = 'section-off-page';

/** Where a page that is not in the export is: only on the website, turned off, or left out. */
export type Elsewhere = 'site-only' | 'section-off' | 'not-exported';
const RULE: Record<Elsewhere, string> = {
  'site-only': SITE_ONLY_PAGE,
  'section-off': SECTION_OFF_PAGE,
  'not-exported': PAGE_NOT_EXPORTED,
};

/** How links are written, and which pages exist. */
export interface LinkOptions {
  /** The target's style, which writes each link. */
  style: TargetStyle;
  /** Finds the exported page for a site path (after mapping generated routes), if it is exported. */
  find: (route: string) => ExportPage | undefined;
  /**
   * Why an address has no page in the export: the website has it but no export writes it (a
   * page it generates, such as `/due-for-review/`), its section is turned off in the config (the
   * website unlinks it too), or it is left out of this export (`--section`) or does not exist.
   */
  elsewhere: (route: string) => Elsewhere;
  /**
   * The website's address with its base (ends in `/`): links to pages only the website has, and
   * to pages left out of this export, lead there.
   */
  siteUrl?: string;
}

/** The site path a link leads to, ending in a slash as routes do (unless it names a file). */
export function routeOf(url: string): { route: string; hash: string } {
  const [path = '', hash = ''] = url.split('#');
  return { route: path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`, hash };
}

/**
 * Rewrites links to handbook pages for the target (relative files, wiki page names or
 * [[wikilinks]]). A link to a page that is not in the export leads to the website when its
 * address is known, and is plain text otherwise, so the export never contains a broken link;
 * an info message with the link's URL as `actual` says which kind: a page left out of this
 * export, or a page only the website has. A link written relative to the page (`../x/`)
 * fails the page at its line: it leads somewhere else once exported, and `handbook check`
 * refuses it too.
 */
export default function links(options: LinkOptions): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    const from = exportPageOf(file);
    let wikilinks = false;
    walk<Link>(tree, 'link', (link, index, parent) => {
      const relative = relativeLinkMessage(link.url);
      if (relative)
        file.fail(relative, { ancestors: [link], place: link.position, source: 'handbook-export' });
      if (!link.url.startsWith('/') || link.url.startsWith('//')) return undefined;
      const { route, hash } = routeOf(link.url);
      const to = options.find(route);
      if (!to) {
        const where = options.elsewhere(route);
        // A turned-off section is text on the website too; any other page is there to link to.
        const onSite =
          where !== 'section-off' && options.siteUrl
            ? `${options.siteUrl}${route.slice(1)}${hash ? `#${hash}` : ''}`
            : undefined;
        const message = file.info(
          onSite
            ? `${link.url} is ${where === 'site-only' ? 'only on the website' : 'not in this export'}; the link leads to the website`
            : `${link.url} is not in this export; the link was written as plain text`,
          {
            ancestors: [link],
            place: link.position,
            ruleId: RULE[where],
            source: 'handbook-export',
          },
        );
        message.actual = link.url;
        if (onSite) {
          link.url = onSite;
          return undefined;
        }
        (parent.children as RootContent[]).splice(index, 1, ...link.children);
        return [SKIP, index];
      }
      const written = options.style.link(from, to, hash);
      if (written.kind === 'markdown') {
        link.url = written.url;
        return undefined;
      }
      // An Obsidian wikilink is raw text: as Markdown, its brackets would be escaped.
      const label = toString(link).replace(/[|\]]/g, ' ');
      (parent.children as RootContent[]).splice(index, 1, u('html', `[[${written.target}|${label}]]`));
      wikilinks = true;
      return [SKIP, index + 1];
    });
    if (wikilinks) escapePipesInTables(tree);
  };
}

/**
 * In a table, the `|` of `[[page|label]]` would end the cell and split the row: Obsidian reads
 * `[[page\|label]]` there. The wikilinks are raw text, which the stringifier does not escape.
 */
function escapePipesInTables(tree: Root) {
  const escape = (node: Nodes) => {
    if (node.type === 'html' && node.value.startsWith('[[')) node.value = node.value.replace('|', '\\|');
    else if ('children' in node) node.children.forEach((child) => escape(child as Nodes));
  };
  walk(tree, 'tableCell', (cell) => {
    escape(cell);
    return undefined;
  });
}

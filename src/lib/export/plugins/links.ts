import type { Link, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import { toString } from 'mdast-util-to-string';
import { u } from 'unist-builder';
import { SKIP, walk } from '../walk';
import type { VFile } from 'vfile';
import { exportPageOf } from '../page-data';
import type { ExportPage, TargetStyle } from '../targets';

/** The rule id of the message left for a link whose page is not exported. */
export const PAGE_NOT_EXPORTED = 'page-not-exported';

/** How links are written, and which pages exist. */
export interface LinkOptions {
  /** The target's style, which writes each link. */
  style: TargetStyle;
  /** Finds the exported page for a site path (after mapping generated routes), if it is exported. */
  find: (route: string) => ExportPage | undefined;
}

/** The site path a link leads to, ending in a slash as routes do (unless it names a file). */
function routeOf(url: string): { route: string; hash: string } {
  const [path = '', hash = ''] = url.split('#');
  return { route: path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`, hash };
}

/**
 * Rewrites links to handbook pages for the target (relative files, wiki page names or
 * [[wikilinks]]). A link to a page that is not in the export becomes plain text, so the
 * export never contains a broken link; an info message with the link's URL as `actual` says so.
 */
export default function links(options: LinkOptions): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    const from = exportPageOf(file);
    walk<Link>(tree, 'link', (link, index, parent) => {
      if (!link.url.startsWith('/') || link.url.startsWith('//')) return undefined;
      const { route, hash } = routeOf(link.url);
      const to = options.find(route);
      if (!to) {
        const message = file.info(`${link.url} is not in this export; the link was written as plain text`, {
          ancestors: [link],
          place: link.position,
          ruleId: PAGE_NOT_EXPORTED,
          source: 'handbook-export',
        });
        message.actual = link.url;
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
      return [SKIP, index + 1];
    });
  };
}

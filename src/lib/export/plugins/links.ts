import type { Root, Link, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ExportPage, TargetStyle } from '../targets';
import { replaceNodes } from './tree';

export interface LinkOptions {
  style: TargetStyle;
  from: ExportPage;
  /** Finds the exported page for a site path (after mapping generated routes), if it is exported. */
  resolve: (route: string) => ExportPage | undefined;
  /** Site paths linked to but not in the export, for the summary. */
  dropped: string[];
}

/**
 * Rewrites links to handbook pages for the target (relative files, wiki page names or
 * [[wikilinks]]). A link to a page that is not in the export becomes plain text, so the
 * export never contains a broken link.
 */
export default function links(options: LinkOptions) {
  return (tree: Root) => {
    replaceNodes(tree, (node) => {
      if (node.type !== 'link') return undefined;
      const link = node as Link;
      if (!link.url.startsWith('/') || link.url.startsWith('//')) return undefined;
      const [pathPart, hash = ''] = link.url.split('#');
      const path = pathPart!.endsWith('/') || /\.[a-z]+$/.test(pathPart!) ? pathPart! : `${pathPart}/`;
      const target = options.resolve(path);
      if (!target) {
        options.dropped.push(link.url);
        return link.children as PhrasingContent[];
      }
      const rewritten = options.style.link(options.from, target, hash);
      if (rewritten.kind === 'wikilink') {
        const label = toString(link);
        return [{ type: 'html', value: `[[${rewritten.target}|${label.replace(/[|\]]/g, ' ')}]]` }];
      }
      return [{ ...link, url: rewritten.url }];
    });
  };
}

import type { Link, ListItem, Nodes, Root, RootContent, TableRow } from 'mdast';
import type { Transformer } from 'unified';
import { SKIP, walk } from '../walk';
import { rowIsTurnedOff } from '../../handbook/turned-off';
import { routeOf, type LinkOptions } from './links';

/**
 * The export's half of the rule in `src/lib/handbook/turned-off.ts`: a table row whose every
 * link leads into a section the config turns off, and a list item that starts with such a
 * link, are left out, as the website leaves them out. Runs before `links`, which turns the
 * remaining links into that section into plain text.
 */
export default function turnedOff(options: Pick<LinkOptions, 'find' | 'elsewhere'>): Transformer<Root> {
  const isOff = (url: string) => {
    if (!url.startsWith('/') || url.startsWith('//')) return false;
    const { route } = routeOf(url);
    return !options.find(route) && options.elsewhere(route) === 'section-off';
  };
  return (tree) => {
    walk<TableRow | ListItem>(tree, ['tableRow', 'listItem'], (node, index, parent) => {
      const off =
        node.type === 'tableRow' ? rowIsTurnedOff(linksIn(node), isOff) : isOff(leadingLink(node) ?? '');
      if (!off) return undefined;
      (parent.children as RootContent[]).splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The URLs of every link in a node. */
function linksIn(node: Nodes): string[] {
  if (node.type === 'link') return [(node as Link).url];
  return 'children' in node ? node.children.flatMap((child) => linksIn(child as Nodes)) : [];
}

/** The URL of the link a list item starts with (inside bold or italics too), if it starts with one. */
function leadingLink(item: ListItem): string | undefined {
  let node: Nodes | undefined = item.children[0];
  while (node && node.type !== 'link') {
    if (!['paragraph', 'strong', 'emphasis'].includes(node.type) || !('children' in node)) return undefined;
    node = node.children[0] as Nodes | undefined;
  }
  return node?.url;
}

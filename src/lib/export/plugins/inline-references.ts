import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { SKIP, walk } from '../walk';

/**
 * Writes reference-style links as ordinary ones: `[the guide][pm]` with `[pm]: /incidents/postmortem/`
 * becomes `[the guide](/incidents/postmortem/)`, and the definitions go. The transforms after
 * this one (`links`, `turnedOff`) then see every link the way the website does, with its
 * address on it: left as written, a reference kept the site's address (`/incidents/…`), which
 * leads nowhere in a wiki, and a link into a turned-off section stayed a link.
 */
export default function inlineReferences(): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    // Every definition is written `[label]: address`: a page without `]:` has none to resolve.
    if (!String(file.value).includes(']:')) return;
    const definitionOf = definitions(tree);
    walk<LinkReference | ImageReference | Definition>(
      tree,
      ['linkReference', 'imageReference', 'definition'],
      (node, index, parent) => {
        if (node.type === 'definition') {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
        const definition = definitionOf(node.identifier);
        // A reference without a definition is not parsed as one; should one come, it stays as written.
        if (!definition) return undefined;
        const { url, title } = definition;
        const inline: Link | Image =
          node.type === 'linkReference'
            ? { type: 'link', url, title, children: node.children, position: node.position }
            : { type: 'image', url, title, alt: node.alt, position: node.position };
        parent.children.splice(index, 1, inline);
        return [SKIP, index]; // the link is walked in its turn, so a reference inside it is resolved too
      },
    );
  };
}

import type { Root, PhrasingContent, RootContent } from 'mdast';
import type { TextDirective, LeafDirective, ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { replaceNodes } from './tree';

/**
 * Prose like "at 10:30" or "ratio 3:1" is fine, but a colon before a word ("SEV1:major") parses
 * as a directive. Outside the asides, directives are just text: put them back as written.
 */
export default function strayDirectives(keep: (name: string) => boolean) {
  return (tree: Root) => {
    replaceNodes(tree, (node) => {
      if (node.type === 'textDirective') {
        const d = node as TextDirective;
        const label = d.children.length ? `[${toString(d)}]` : '';
        return [{ type: 'text', value: `:${d.name}${label}` } as PhrasingContent];
      }
      if (node.type === 'leafDirective') {
        const d = node as LeafDirective;
        return [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: `::${d.name}${d.children.length ? `[${toString(d)}]` : ''}` }],
          } as RootContent,
        ];
      }
      if (node.type === 'containerDirective' && !keep((node as ContainerDirective).name))
        return (node as ContainerDirective).children as RootContent[];
      return undefined;
    });
  };
}

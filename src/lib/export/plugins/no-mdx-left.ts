import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { walk } from '../walk';
import type { VFile } from 'vfile';

/**
 * The last check: no MDX node may reach the Markdown output, where it would be written as JSX
 * no wiki renders. One left means a transform missed it, so the page fails, naming the node.
 */
export default function noMdxLeft(): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    walk(tree, null, (node) => {
      if (node.type.startsWith('mdx')) file.fail(`a ${node.type} node was left after export`, node);
      return undefined;
    });
  };
}

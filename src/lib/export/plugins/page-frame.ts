import type { Root, RootContent } from 'mdast';
import { stringify } from 'yaml';
import type { ExportPage, TargetStyle } from '../targets';

export interface FrameOptions {
  style: TargetStyle;
  page: ExportPage;
  description?: string;
  sources: { title: string; author?: string; url?: string; note?: string }[];
}

/**
 * Replaces the handbook frontmatter with what the target expects (its own frontmatter, or an
 * H1 title), and appends the page's Sources, which the site renders from frontmatter.
 */
export default function pageFrame(options: FrameOptions) {
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => node.type !== 'yaml');
    const head: RootContent[] = options.style.frontmatter
      ? [
          {
            type: 'yaml',
            value: stringify(options.style.frontmatter(options.page, options.description)).trim(),
          },
        ]
      : [{ type: 'heading', depth: 1, children: [{ type: 'text', value: options.page.title }] }];
    const sources: RootContent[] = options.sources.length
      ? [
          { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sources' }] },
          {
            type: 'list',
            spread: false,
            children: options.sources.map((s) => ({
              type: 'listItem',
              spread: false,
              children: [
                {
                  type: 'paragraph',
                  children: [
                    s.url
                      ? {
                          type: 'link',
                          url: s.url,
                          children: [{ type: 'emphasis', children: [{ type: 'text', value: s.title }] }],
                        }
                      : { type: 'emphasis', children: [{ type: 'text', value: s.title }] },
                    ...(s.author ? [{ type: 'text' as const, value: `, ${s.author}` }] : []),
                    ...(s.note ? [{ type: 'text' as const, value: ` — ${s.note}` }] : []),
                  ],
                },
              ],
            })),
          },
        ]
      : [];
    tree.children = [...head, ...tree.children, ...sources];
  };
}

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';

/** The parser for handbook pages: MDX with frontmatter, GFM tables and task lists, and `:::` asides. */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective);

/** Parses a page into an mdast tree; throws a VFileMessage with the line on bad MDX. */
export function parseMdx(text: string): Root {
  return parser.parse(text) as Root;
}

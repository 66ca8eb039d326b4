import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

/** The parser for handbook pages: MDX with frontmatter, GFM tables and task lists, and `:::` asides. */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective);

/** Parses a page (its text, or a VFile holding it) into an mdast tree; throws a VFileMessage with the line on bad MDX. */
export function parseMdx(page: string | VFile): Root {
  return parser.parse(page) as Root;
}

/** A string attribute of a component (`id="on-call"`), or undefined (absent, or an `{expression}`). */
export function jsxAttribute(el: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const value = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

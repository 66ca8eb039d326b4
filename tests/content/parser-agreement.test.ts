import { describe, expect, test } from 'vitest';
import type { Node } from 'unist';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { parseMdx } from '../../src/lib/export/parse';
import { CONTENT, ROOT } from '../paths';

/**
 * `parseMdx` reads pages with Sätteri, Astro's native parser, for speed. Every page of the
 * handbook must come out as the same mdast the remark plugins build (remark-parse, remark-mdx,
 * remark-gfm, remark-frontmatter, remark-directive), so the export's transforms, the checks and
 * the template index see what they were written for. Known, harmless differences are left out:
 * `data`, the positions of import lines and of JSX attributes, which nothing reads, and a
 * component alone on one line, which remark wraps in a paragraph and Sätteri (like MDX when it
 * renders) does not.
 */
const remark = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkDirective);

type Tree = Node & { children?: Tree[]; value?: string; position?: Node['position'] };

/** A paragraph holding one component and nothing else but spaces: what MDX renders as a block. */
function unravel(node: Tree): Tree {
  const kids = node.children?.filter((c) => !(c.type === 'text' && !c.value?.trim()));
  if (node.type === 'paragraph' && kids?.length === 1 && kids[0]!.type === 'mdxJsxTextElement') {
    return { ...kids[0]!, type: 'mdxJsxFlowElement', position: node.position };
  }
  return node;
}

/** The tree as plain data, without what the two parsers may disagree on harmlessly. */
function comparable(node: Tree): unknown {
  const n = unravel(node);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(n)) {
    if (key === 'data' || value === undefined || value === null) continue;
    if (key === 'position' && (n.type === 'mdxjsEsm' || n.type === 'mdxJsxAttribute')) continue;
    if (key === 'children') out[key] = (value as Tree[]).map(comparable);
    // A component's attributes are nodes; a directive's are a plain object.
    else if (key === 'attributes' && Array.isArray(value)) out[key] = (value as Tree[]).map(comparable);
    else if (key === 'position') {
      const { start, end } = value as NonNullable<Node['position']>;
      out[key] = `${start.line}:${start.column}-${end.line}:${end.column}`;
    } else out[key] = value;
  }
  return out;
}

const { handbook } = loadHandbookFromDisk(CONTENT, ROOT);
const pages = handbook.pages.filter((p) => p.text !== undefined);

describe('Sätteri reads every page as remark does', () => {
  test('there are pages to compare', () => {
    expect(pages.length).toBeGreaterThan(50);
  });
  test.each(pages.map((p) => [p.file, p.text!] as const))('%s', (_file, text) => {
    expect(comparable(parseMdx(text) as Tree)).toEqual(comparable(remark.parse(text) as Tree));
  });
});

describe('bad MDX gets a located message', () => {
  test.each([
    ['Hello {oops\n', 1],
    ['Intro.\n\n<div>\n\nb\n', 3],
    ['---\ntitle: x\n---\n\n<Card>unclosed\n', 5],
  ])('%j', (text, line) => {
    let thrown: unknown;
    try {
      parseMdx(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ line, reason: expect.any(String) });
    expect(String((thrown as Error).message)).not.toMatch(/^\d+:\d+:/);
  });
});

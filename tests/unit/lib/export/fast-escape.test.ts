import { describe, expect, test } from 'vitest';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { defaultHandlers } from 'mdast-util-to-markdown';
import { root } from '../../../../src/lib/export/fast-escape';
import { parseMarkdown } from '../../../../src/lib/export/parse';
import { MARKDOWN_STYLE } from '../../../../src/lib/export/processor';

/**
 * The export's escaping skips the patterns that cannot match, and the stock safe() when none
 * does. It must write exactly what remark-stringify writes with its own: here on text chosen to
 * trip each escaping rule, in every place text can be, and as a link's address and title.
 * (`tests/content/fast-escape.test.ts` does the same on the whole handbook.)
 */
const TEXTS = [
  'plain words, commas and a full stop.',
  'snake_case and __dunder__ and _lead and trail_',
  'a * star, **two** and *em*',
  'see [the guide] and [x][y] and ![img](src)',
  '1. not a list\n2) nor this\n- nor this\n+ nor this\n* nor this',
  '# not a heading\n> not a quote\n=== not a rule\n--- nor this\n~~~ nor a fence\n``` nor this',
  '<div> and <br/> and a < b > c and <http://x.example>',
  '&amp; &#123; & AT&T',
  'www.example.com, http://example.com/a_b and someone@example.com',
  'a | pipe | in | text',
  'back\\slash \\* \\_ \\\\ and a trailing \\',
  'trailing spaces  \nand a tab\tand\r\nCRLF',
  'tilde ~single~ and ~~double~~',
  '`code` and ``two``',
  ':colon :word and ::leaf and :::container',
  'emoji 🎉 and “quotes” — dashes – and ’apostrophes’',
  'w.x W.y ps:/ s://',
  '\u0001control\u001f',
  '',
  '_',
  '*',
  '\\',
];

/** Every place a text can stand, each with the text in it. */
function places(value: string): RootContent[] {
  const t = (): PhrasingContent => ({ type: 'text', value });
  return [
    { type: 'paragraph', children: [t()] },
    { type: 'paragraph', children: [t(), { type: 'emphasis', children: [t()] }, t()] },
    {
      type: 'paragraph',
      children: [{ type: 'strong', children: [t()] }, t(), { type: 'inlineCode', value: 'x' }, t()],
    },
    { type: 'paragraph', children: [t(), { type: 'break' }, t()] },
    { type: 'heading', depth: 2, children: [t()] },
    { type: 'paragraph', children: [{ type: 'link', url: '/a_b/', title: value || null, children: [t()] }] },
    { type: 'paragraph', children: [{ type: 'link', url: value, children: [t()] }] },
    { type: 'paragraph', children: [{ type: 'image', url: value, alt: value, title: value || null }] },
    { type: 'definition', identifier: 'x', label: 'x', url: value, title: value || null },
    {
      type: 'paragraph',
      children: [
        {
          type: 'linkReference',
          identifier: 'x',
          label: value || 'x',
          referenceType: 'full',
          children: [t()],
        },
      ],
    },
    { type: 'code', lang: value.split(/\s/)[0] || null, meta: value || null, value: 'x' },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [t()] }] },
    {
      type: 'list',
      ordered: false,
      children: [{ type: 'listItem', checked: false, children: [{ type: 'paragraph', children: [t()] }] }],
    },
    {
      type: 'table',
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [t()] },
            { type: 'tableCell', children: [t()] },
          ],
        },
      ],
    },
  ];
}

function stringify(tree: Root, handler: typeof root, directives: boolean): string {
  const processor = unified()
    .use(remarkStringify, { ...MARKDOWN_STYLE, handlers: { root: handler } })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml']);
  if (directives) processor.use(remarkDirective);
  return processor.stringify(tree);
}

describe.each([false, true])('with directives %s', (directives) => {
  test.each(TEXTS)('%j, in every place', (value) => {
    for (const node of places(value)) {
      const tree: Root = { type: 'root', children: [node] };
      const stock = stringify(structuredClone(tree), defaultHandlers.root, directives);
      expect(stringify(tree, root, directives), `${node.type}: ${stock}`).toBe(stock);
    }
  });

  test('all the texts, parsed as one page and written back', () => {
    const tree = parseMarkdown(TEXTS.join('\n\n'));
    const stock = stringify(structuredClone(tree), defaultHandlers.root, directives);
    expect(stringify(tree, root, directives)).toBe(stock);
  });
});

import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { TargetStyle } from './targets';
import inlineReferences from './plugins/inline-references';
import removeEsm from './plugins/remove-esm';
import components, { type ComponentOptions } from './plugins/components';
import strayDirectives from './plugins/stray-directives';
import asides, { ASIDE_KINDS } from './plugins/asides';
import links, { type LinkOptions } from './plugins/links';
import turnedOff from './plugins/turned-off';
import pageFrame from './plugins/page-frame';
import noMdxLeft from './plugins/no-mdx-left';
import { root } from './fast-escape';

/** What the transforms need besides the target's style (which says `hardBreaks`): the handbook's data and its exported pages. */
export type ExportData = Omit<ComponentOptions, 'hardBreaks'> &
  Pick<LinkOptions, 'find' | 'elsewhere'> & {
    /** Whether the config turns any section off (the `turnedOff` walk is skipped otherwise). */
    sectionsOff: boolean;
  };

/** How every target's Markdown is written: `-` bullets and rules, `_` emphasis, fenced code. */
export const MARKDOWN_STYLE = {
  bullet: '-',
  emphasis: '_',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
} as const;

/**
 * The processor that turns a parsed page into the target's Markdown: the transforms in order,
 * then remark-stringify. It has no parser (pages are parsed as MDX by `parseMdx`): with
 * remark-mdx here, the output would be escaped for MDX rather than for Markdown.
 */
export function exportProcessor(style: TargetStyle, data: ExportData) {
  const processor = unified()
    .use(inlineReferences)
    .use(removeEsm)
    .use(components, {
      checklists: data.checklists,
      assessments: data.assessments,
      tables: data.tables,
      templates: data.templates,
      titleOf: data.titleOf,
      siteUrl: data.siteUrl,
      hardBreaks: style.hardBreaks !== false,
    })
    .use(strayDirectives, { keep: ASIDE_KINDS })
    .use(asides, { callout: style.callout })
    .use(data.sectionsOff ? [[turnedOff, { find: data.find, elsewhere: data.elsewhere }]] : [])
    .use(links, { style, find: data.find, elsewhere: data.elsewhere, siteUrl: data.siteUrl })
    .use(pageFrame, { style })
    .use(noMdxLeft)
    .use(remarkStringify, { ...MARKDOWN_STYLE, handlers: { root } })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml']);
  // Only targets that keep `:::` admonitions write directives: elsewhere, directive syntax would
  // have the stringifier escape every colon before a word in prose.
  if (style.callout === 'directive') processor.use(remarkDirective);
  return processor;
}

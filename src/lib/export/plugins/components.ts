import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { u } from 'unist-builder';
import { SKIP, walk } from '../walk';
import type { VFile } from 'vfile';
import type { Assessment } from '../../../schemas/assessment';
import type { Checklist } from '../../../schemas/checklist';
import type { Table } from '../../../schemas/table';
import type { Template } from '../../templates/templates';
import { checklistMarkdown, tableMarkdown, templateIndexMarkdown } from '../data-markdown';
import { assessmentMarkdown } from '../assessment-markdown';
import { toolMarkdown } from '../tool-notes';
import { paragraph, strong, text } from '../mdast-builders';
import { jsxAttribute } from '../parse';
import { exportPageOf } from '../page-data';
import type { TitleOf } from '../see-link';

/** The data the components embed, by id. */
export interface ComponentOptions {
  /** Every checklist a `<Checklist id>` can name. */
  checklists: ReadonlyMap<string, Checklist>;
  /** Every assessment (standalone or derived) an `<Assessment id>` can name. */
  assessments: ReadonlyMap<string, Assessment>;
  /** Every reference table a `<DataTable id>` can name. */
  tables: ReadonlyMap<string, Table>;
  /** Every template in the handbook, for `<TemplateIndex />` (found only when a page asks). */
  templates: () => Template[];
  /** The title of a handbook page, to name the pages checklist items and actions link to. */
  titleOf: TitleOf;
  /** The website's address with its base (ends in `/`), for links to its interactive tools. */
  siteUrl?: string;
  /** Whether the target reads a hard line break (see `TargetStyle.hardBreaks`). */
  hardBreaks: boolean;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Node types that sit inside a line: a component holding only these wrote its text on one line. */
const INLINE = new Set([
  'text',
  'strong',
  'emphasis',
  'link',
  'inlineCode',
  'mdxJsxTextElement',
  'html',
  'break',
]);

/**
 * A card or a tab: its title in bold, then its content. Written on one line (`<Card title="x">Short
 * text.</Card>`), it stays one line, "**x** — Short text.": inside a paragraph when it sits in a
 * sentence, as a paragraph of its own when it stands alone (the parser gives such an element
 * phrasing children directly, as MDX renders it).
 */
function titled(el: JsxElement, title: string): RootContent[] {
  const oneLine = el.children.length > 0 && el.children.every((c) => INLINE.has(c.type));
  if (!oneLine) return [paragraph(strong(title)), ...(el.children as BlockContent[])];
  const line = [strong(title), text(' — '), ...(el.children as PhrasingContent[])];
  return el.type === 'mdxJsxTextElement' ? line : [paragraph(...line)];
}

/** The address on the website of the page being exported, when the export knows the site's. */
function onSite(options: ComponentOptions, file: VFile): string | undefined {
  return options.siteUrl && `${options.siteUrl}${exportPageOf(file).route.slice(1)}`;
}

/** What a component becomes in Markdown; the file gets a message for anything unknown. */
function markdownFor(el: JsxElement, options: ComponentOptions, file: VFile): RootContent[] {
  switch (el.name) {
    case 'Checklist': {
      const id = jsxAttribute(el, 'id');
      const checklist = options.checklists.get(id ?? '');
      if (!checklist) file.fail(`<Checklist id="${id}" />: no such checklist`, el);
      return checklistMarkdown(checklist, jsxAttribute(el, 'group'), options.titleOf, options.hardBreaks);
    }
    case 'Assessment': {
      const id = jsxAttribute(el, 'id');
      const assessment = options.assessments.get(id ?? '');
      if (!assessment) file.fail(`<Assessment id="${id}" />: no such assessment`, el);
      return assessmentMarkdown(assessment, { titleOf: options.titleOf, onSite: onSite(options, file) });
    }
    case 'DataTable': {
      const id = jsxAttribute(el, 'id');
      const table = options.tables.get(id ?? '');
      if (!table) file.fail(`<DataTable id="${id}" />: no such table`, el);
      return tableMarkdown(table);
    }
    case 'TemplateIndex':
      return templateIndexMarkdown(options.templates());
    case 'PrintOnOnePage':
      // Layout only: it asks the browser to print the page on one sheet.
      return [];
    case 'OnTheWebsite':
      // Only true on the website (its search, its buttons, its privacy): not in a wiki's copy.
      return [];
    case 'InExports':
      // The other way round: how a copy does by hand what the website's tool does.
      return el.children as RootContent[];
    case 'TotalCompWorksheet':
    case 'EvidenceLog':
    case 'CheckIn':
      // An interactive tool: what it is, where it is on the website, and how to do it by hand.
      return toolMarkdown(el.name, onSite(options, file));
    case 'Card':
      return titled(el, jsxAttribute(el, 'title') ?? '');
    case 'LinkCard': {
      const href = jsxAttribute(el, 'href') ?? '/';
      const description = jsxAttribute(el, 'description');
      return [
        paragraph(
          u('link', { url: href }, [text(jsxAttribute(el, 'title') ?? href)]),
          ...(description ? [text(` — ${description}`)] : []),
        ),
      ];
    }
    case 'CardGrid':
    case 'Steps':
    case 'Tabs':
    case 'kbd':
      return el.children as RootContent[];
    case 'TabItem':
      return titled(el, jsxAttribute(el, 'label') ?? '');
    default:
      file.message(`<${el.name}> has no Markdown equivalent; its content was kept`, el);
      return el.children as RootContent[];
  }
}

/**
 * Replaces the handbook's MDX components with their Markdown equivalents: checklists become
 * task lists, assessments worksheets, reference tables Markdown tables, cards headed paragraphs
 * and links, interactive tools a note with a link to them (see `toolMarkdown`); layout-only
 * components disappear; anything else keeps its children and is reported. A missing checklist
 * or assessment fails the page.
 */
export default function components(options: ComponentOptions): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    walk<JsxElement>(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (el, index, parent) => {
      (parent.children as RootContent[]).splice(index, 1, ...markdownFor(el, options, file));
      // Visit the replacement, not the element's old children: a Card inside a CardGrid is
      // replaced in its new place, once.
      return [SKIP, index];
    });
  };
}

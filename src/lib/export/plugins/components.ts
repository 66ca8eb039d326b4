import type { Root, BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../schemas/assessment';
import { replaceNodes } from './tree';
import { answerOptions, questionGroups } from '../../assessments/groups';

export interface ComponentData {
  checklists: Map<string, Checklist>;
  assessments: Map<string, Assessment>;
  /** Components the exporter does not know, by name, for the summary. */
  warnings: string[];
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const item = (children: PhrasingContent[], checked: boolean | null = null): ListItem => ({
  type: 'listItem',
  spread: false,
  checked,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[], ordered = false): BlockContent => ({
  type: 'list',
  ordered,
  spread: false,
  children: items,
});
const attr = (el: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const value = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** Children of a component as blocks: inline text on one line becomes its own paragraph. */
function asBlocks(children: (MdxJsxFlowElement | MdxJsxTextElement)['children']): BlockContent[] {
  const inline =
    children.length > 0 &&
    children.every((c) =>
      ['text', 'strong', 'emphasis', 'link', 'inlineCode', 'mdxJsxTextElement', 'html', 'break'].includes(
        c.type,
      ),
    );
  return inline
    ? [{ type: 'paragraph', children: children as PhrasingContent[] }]
    : (children as BlockContent[]);
}

/** A checklist (or one group of it) as headed GitHub task lists. */
export function checklistMarkdown(checklist: Checklist, group?: string): BlockContent[] {
  return checklist.groups
    .filter((g) => !group || g.id === group)
    .flatMap((g) => [
      paragraph(strong(g.title)),
      list(g.items.map((i) => item([text(i.text), ...(i.owner ? [text(` — ${i.owner}`)] : [])], false))),
    ]);
}

/** An assessment as a worksheet: every question with its possible answers, then the bands. */
export function assessmentMarkdown(a: Assessment): BlockContent[] {
  const blocks: BlockContent[] = [paragraph(strong(`Worksheet: ${a.title}.`), text(` ${a.intro}`))];
  for (const group of questionGroups(a)) {
    blocks.push(paragraph(strong(group.label)));
    blocks.push(
      list(
        group.questions.map((q) => {
          const options = answerOptions(a, q);
          const li = item([text(q.text), ...(q.evidence ? [text(' (evidence: a link or an example)')] : [])]);
          if (options.length) li.children.push(list(options.map((o) => item([text(o.label)], false))));
          return li;
        }),
        true,
      ),
    );
  }
  blocks.push(paragraph(strong('Reading the result')));
  blocks.push(list(a.bands.map((b) => item([strong(b.label), text(` — ${b.text}`)]))));
  return blocks;
}

/**
 * Replaces the handbook's MDX components with their Markdown equivalents: checklists become
 * task lists, assessments worksheets, cards headed paragraphs and links; layout-only components
 * disappear; anything else keeps its children and is reported.
 */
export default function components(data: ComponentData) {
  return (tree: Root) => {
    replaceNodes(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      switch (el.name) {
        case 'Checklist': {
          const checklist = data.checklists.get(attr(el, 'id') ?? '');
          if (!checklist) throw new Error(`<Checklist id="${attr(el, 'id')}" />: no such checklist`);
          return checklistMarkdown(checklist, attr(el, 'group'));
        }
        case 'Assessment': {
          const assessment = data.assessments.get(attr(el, 'id') ?? '');
          if (!assessment) throw new Error(`<Assessment id="${attr(el, 'id')}" />: no such assessment`);
          return assessmentMarkdown(assessment);
        }
        case 'PrintOnOnePage':
          return [];
        case 'Card':
          // A card written on one line sits inside a paragraph: keep it inline there.
          if (el.type === 'mdxJsxTextElement')
            return [strong(attr(el, 'title') ?? ''), text(' — '), ...(el.children as PhrasingContent[])];
          return [paragraph(strong(attr(el, 'title') ?? '')), ...asBlocks(el.children)];
        case 'LinkCard': {
          const href = attr(el, 'href') ?? '/';
          const description = attr(el, 'description');
          return [
            paragraph(
              { type: 'link', url: href, children: [text(attr(el, 'title') ?? href)] },
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
          return [paragraph(strong(attr(el, 'label') ?? '')), ...asBlocks(el.children)];
        default:
          data.warnings.push(`<${el.name}> has no Markdown equivalent; its content was kept`);
          return el.children as RootContent[];
      }
    });
  };
}

import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { findAssessment, findChecklist, type Handbook } from '../handbook/model';
import { linkRoute } from '../handbook/routes';
import { jsxAttribute } from '../export/parse';
import type { ContentProblem } from './problem';

/** Every `<Checklist>` and `<Assessment>` a page embeds, with the ids it names and its line. */
export function embeddedData(
  tree: Root,
): { component: 'Checklist' | 'Assessment'; id?: string; group?: string; line: number }[] {
  const found: ReturnType<typeof embeddedData> = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (el.name !== 'Checklist' && el.name !== 'Assessment') return;
    found.push({
      component: el.name,
      id: jsxAttribute(el, 'id'),
      group: jsxAttribute(el, 'group'),
      line: el.position?.start.line ?? 1,
    });
  });
  return found;
}

/**
 * What a page refers to that does not exist: an internal link to no page of the handbook, a
 * `<Checklist>` or `<Assessment>` naming no data file (or a checklist group that is not there).
 * The same references fail the build; this finds them all at once, with their lines.
 */
export function referenceProblems(file: string, tree: Root, handbook: Handbook): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, 'link', (node) => {
    const route = linkRoute(node.url);
    if (route && !handbook.routes.has(route))
      problems.push({
        file,
        line: node.position?.start.line ?? 1,
        message: `link to ${node.url}: no such page. Check the path, or run "npm run build" to see every page.`,
      });
  });
  for (const ref of embeddedData(tree)) {
    const say = (message: string) => problems.push({ file, line: ref.line, message });
    if (ref.component === 'Checklist') {
      const checklist = ref.id ? findChecklist(handbook, ref.id) : undefined;
      if (!checklist)
        say(`<Checklist id="${ref.id ?? ''}" />: no such checklist. Known: ${known(handbook.checklists)}`);
      else if (ref.group && !checklist.groups.some((g) => g.id === ref.group))
        say(
          `<Checklist id="${ref.id}" group="${ref.group}" />: no such group. Groups: ${known(checklist.groups)}`,
        );
    } else if (!ref.id || !findAssessment(handbook, ref.id)) {
      say(`<Assessment id="${ref.id ?? ''}" />: no such assessment. Known: ${known(handbook.assessments)}`);
    }
  }
  return problems;
}

const known = (items: { id: string }[]) =>
  items
    .map((i) => i.id)
    .sort()
    .join(', ') || 'none';

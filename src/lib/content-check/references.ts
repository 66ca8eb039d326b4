import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { findAssessment, findChecklist, findTable, type Excluded, type Handbook } from '../handbook/model';
import { linkRoute } from '../handbook/routes';
import { jsxAttribute, parseMdx } from '../export/parse';
import type { ContentProblem } from './problem';

/** The components that embed a data file, by the id they name. */
const DATA_COMPONENTS = ['Checklist', 'Assessment', 'DataTable'] as const;
type DataComponent = (typeof DATA_COMPONENTS)[number];

/** Every `<Checklist>`, `<Assessment>` and `<DataTable>` a page embeds, with the ids it names and its line. */
export function embeddedData(
  tree: Root,
): { component: DataComponent; id?: string; group?: string; line: number }[] {
  const found: ReturnType<typeof embeddedData> = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!DATA_COMPONENTS.includes(el.name as DataComponent)) return;
    found.push({
      component: el.name as DataComponent,
      id: jsxAttribute(el, 'id'),
      group: jsxAttribute(el, 'group'),
      line: el.position?.start.line ?? 1,
    });
  });
  return found;
}

/**
 * What a page refers to that does not exist: an internal link to no page of the handbook, a
 * `<Checklist>`, `<Assessment>` or `<DataTable>` naming no data file (or a checklist group that is not there).
 * The same references fail the build; this finds them all at once, with their lines.
 */
export function referenceProblems(file: string, tree: Root, handbook: Handbook): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, 'link', (node) => {
    const route = linkRoute(node.url);
    if (!route || handbook.routes.has(route)) return;
    const left = handbook.excluded.find((p) => p.route === route);
    // A link into a section the config turns off is shown as plain text (see `unlinkRoutes`).
    if (left?.reason === 'section-off') return;
    problems.push({
      file,
      line: node.position?.start.line ?? 1,
      message: left
        ? excludedLinkMessage(node.url, left)
        : `link to ${node.url}: no such page. Check the path, or run "npm run build" to see every page.`,
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
    } else if (ref.component === 'DataTable') {
      if (!ref.id || !findTable(handbook, ref.id))
        say(`<DataTable id="${ref.id ?? ''}" />: no such table. Known: ${known(handbook.tables)}`);
    } else if (!ref.id || !findAssessment(handbook, ref.id)) {
      say(`<Assessment id="${ref.id ?? ''}" />: no such assessment. Known: ${known(handbook.assessments)}`);
    }
  }
  return problems;
}

/**
 * The internal links of every page that lead to no page of this build, for the build to check
 * before anything else. With `excludedOnly`, only links to internal pages the public edition
 * leaves out, so the message says why. Links into a section the config turns off are no
 * problem: they are shown as plain text.
 */
export function linkProblems(handbook: Handbook, excludedOnly = false): ContentProblem[] {
  const left = new Map(handbook.excluded.filter((e) => e.route).map((e) => [e.route!, e]));
  if (excludedOnly && left.size === 0) return [];
  return handbook.pages.flatMap((page) => {
    if (page.text === undefined) return [];
    const problems: ContentProblem[] = [];
    visit(parseMdx(page.text), 'link', (node) => {
      const route = linkRoute(node.url);
      if (!route || handbook.routes.has(route)) return;
      const target = left.get(route);
      if ((!target && excludedOnly) || target?.reason === 'section-off') return;
      problems.push({
        file: page.file,
        line: node.position?.start.line ?? 1,
        message: target
          ? excludedLinkMessage(node.url, target)
          : `link to ${node.url}: no such page. Check the path.`,
      });
    });
    return problems;
  });
}

/** Why a link leads to an internal page the public edition leaves out, and the fix. */
function excludedLinkMessage(url: string, page: Excluded): string {
  return `link to ${url}: ${page.file} is internal, so the public edition leaves it out. Remove the link, or mark this page visibility: internal too.`;
}

const known = (items: { id: string }[]) =>
  items
    .map((i) => i.id)
    .sort()
    .join(', ') || 'none';

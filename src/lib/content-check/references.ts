import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { findAssessment, findChecklist, findTable, type Excluded, type Handbook } from '../handbook/model';
import { linkRoute } from '../handbook/routes';
import { linkFragment, missingAnchorMessage, pageLinks, relativeLinkMessage, type PageLinks } from './links';
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
 * What a page embeds that does not exist: a `<Checklist>`, `<Assessment>` or `<DataTable>`
 * naming no data file (or a checklist group that is not there). The same references fail the
 * build; this finds them all at once, with their lines. Links are `linkProblems`' job.
 */
export function referenceProblems(file: string, tree: Root, handbook: Handbook): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
 * Every link of every page that leads nowhere: to no page of this build (or to a page the
 * public edition leaves out, saying why), to a heading its page does not have, or written
 * relative to the page. Links into a section the config turns off are no problem: the site
 * shows them as plain text. Links to generated pages (ladders, comparisons) are checked for
 * the page only; the tests of the built site check their headings.
 *
 * @param read each page's links and anchors by address, when the caller has parsed the pages
 *   already (`handbook check`); otherwise each page is parsed here. A page that cannot be
 *   parsed is skipped: the build and the check report it themselves, with its line.
 */
export function linkProblems(handbook: Handbook, read?: Map<string, PageLinks>): ContentProblem[] {
  const pages = read ?? readLinks(handbook);
  const left = new Map(handbook.excluded.filter((e) => e.route).map((e) => [e.route!, e]));
  const files = new Map(handbook.pages.map((p) => [p.route, p.file]));
  return handbook.pages.flatMap((page) =>
    (pages.get(page.route)?.links ?? []).flatMap(({ url, line }): ContentProblem[] => {
      const message = linkMessage(url, page.route);
      return message ? [{ file: page.file, line, message }] : [];
    }),
  );

  function linkMessage(url: string, from: string): string | undefined {
    const relative = relativeLinkMessage(url);
    if (relative) return relative;
    const route = url.startsWith('#') ? from : linkRoute(url);
    if (!route) return undefined;
    if (!handbook.routes.has(route)) {
      const target = left.get(route);
      if (target?.reason === 'section-off') return undefined;
      return target ? excludedLinkMessage(url, target) : `link to ${url}: no such page. Check the path.`;
    }
    const fragment = linkFragment(url);
    const anchors = pages.get(route)?.anchors;
    if (fragment === undefined || !anchors || anchors.has(fragment)) return undefined;
    return missingAnchorMessage(url, fragment, files.get(route)!, anchors);
  }
}

/** Each page's links and anchors, by address; pages that cannot be parsed are left out. */
function readLinks(handbook: Handbook): Map<string, PageLinks> {
  const read = new Map<string, PageLinks>();
  for (const page of handbook.pages) {
    if (page.text === undefined) continue;
    try {
      read.set(page.route, pageLinks(parseMdx(page.text)));
    } catch {
      // Reported by the build (Astro's MDX error) and by `handbook check`, with the line.
    }
  }
  return read;
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

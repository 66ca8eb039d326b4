import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { walk } from '../export/walk';
import {
  findAssessment,
  findChecklist,
  findTable,
  turnedOff,
  type Excluded,
  type Handbook,
} from '../handbook/model';
import { fileName } from '../handbook/parse-content';
import type { ContentFiles, RawContent, RawDataFile } from '../handbook/raw-content';
import { derivedAssessmentPath, ladderPaths, linkRoute } from '../handbook/routes';
import {
  closestRoute,
  linkFragment,
  missingAnchorMessage,
  pageLinks,
  relativeLinkMessage,
  type PageLinks,
} from './links';
import { jsxAttribute, parseMdx } from '../export/parse';
import { yamlLine } from './data-file';
import type { ContentProblem } from './problem';

/** The components that embed a data file, by the id they name. */
const DATA_COMPONENTS = ['Checklist', 'Assessment', 'DataTable'] as const;
type DataComponent = (typeof DATA_COMPONENTS)[number];

/** Every `<Checklist>`, `<Assessment>` and `<DataTable>` a page embeds, with the ids it names and its line. */
export function embeddedData(
  tree: Root,
): { component: DataComponent; id?: string; group?: string; line: number }[] {
  const found: ReturnType<typeof embeddedData> = [];
  // The export's walk, not unist-util-visit, whose ancestor lists cost 0.2 s per 2,000 pages.
  walk(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (DATA_COMPONENTS.includes(el.name as DataComponent))
      found.push({
        component: el.name as DataComponent,
        id: jsxAttribute(el, 'id'),
        group: jsxAttribute(el, 'group'),
        line: el.position?.start.line ?? 1,
      });
    return undefined;
  });
  return found;
}

/**
 * What a page embeds that does not exist: a `<Checklist>`, `<Assessment>` or `<DataTable>`
 * naming no data file (or a checklist group that is not there). The same references fail the
 * build; this finds them all at once, with their lines. Links are `linkProblems`' job.
 *
 * @param unreadable the data files that exist but failed their schema or their id: a page
 *   embedding one is not told "no such checklist" as well.
 */
export function referenceProblems(
  file: string,
  tree: Root,
  handbook: Handbook,
  unreadable?: Unreadable,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const ref of embeddedData(tree)) {
    // A data file that exists but failed its own checks is reported there, once.
    if (ref.id && unreadable?.has(ref.component, ref.id)) continue;
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
 * @param unreadable data files that failed their own checks: links to the pages made from
 *   them (a ladder's, a derived assessment's) are not reported again.
 */
export function linkProblems(
  handbook: Handbook,
  read?: Map<string, PageLinks>,
  unreadable?: Unreadable,
): ContentProblem[] {
  const pages = read ?? readLinks(handbook);
  const check = linkChecker(handbook, pages, unreadable);
  return handbook.pages.flatMap((page) =>
    [...(pages.get(page.route)?.links ?? []), ...page.frontmatterLinks].flatMap(
      ({ url, line }): ContentProblem[] => {
        const message = check(url, page.route);
        return message ? [{ file: page.file, line, message }] : [];
      },
    ),
  );
}

/**
 * What is wrong with a link written on the page at `from` (or in a data file), or undefined:
 * the rules of `linkProblems`, as one function for pages and data alike.
 */
function linkChecker(
  handbook: Handbook,
  pages: Map<string, PageLinks>,
  unreadable?: Unreadable,
): (url: string, from?: string) => string | undefined {
  const left = new Map(handbook.excluded.filter((e) => e.route).map((e) => [e.route!, e]));
  const files = new Map(handbook.pages.map((p) => [p.route, p.file]));
  return (url, from) => {
    const relative = relativeLinkMessage(url, from, handbook.routes);
    if (relative) return relative;
    const route = url.startsWith('#') ? from : linkRoute(url);
    if (!route) return undefined;
    if (!handbook.routes.has(route)) {
      const target = left.get(route);
      if ((target && turnedOff(target)) || unreadable?.madeFrom(route)) return undefined;
      if (target) return excludedLinkMessage(url, target);
      const near = closestRoute(route, handbook.routes);
      const fragment = url.includes('#') ? url.slice(url.indexOf('#')) : '';
      return `link to ${url}: no such page. ${near ? `Did you mean ${near}${fragment}?` : 'Check the path.'}`;
    }
    const fragment = linkFragment(url);
    const anchors = pages.get(route)?.anchors;
    if (fragment === undefined || !anchors || anchors.has(fragment)) return undefined;
    return missingAnchorMessage(url, fragment, files.get(route)!, anchors);
  };
}

/**
 * Every `link` of a checklist item, an assessment's action or a table that leads nowhere,
 * checked as page links are (`linkProblems`), at its line in the YAML and naming the item:
 * `groups.0.items.2.link (item "weekly"): link to /management/one-on-onez/: no such page.`
 * Files this edition leaves out are skipped, and so are links to pages it leaves out: the
 * model reports a public file linking an internal page, with its own fix.
 *
 * @param files the data files as read (`RawContent`'s), with their text for the lines
 */
export function dataLinkProblems(
  files: RawDataFile<object>[],
  handbook: Handbook,
  pages: Map<string, PageLinks>,
  unreadable?: Unreadable,
): ContentProblem[] {
  const check = linkChecker(handbook, pages, unreadable);
  const left = new Set(handbook.excluded.map((e) => e.file));
  const leftRoutes = new Set(handbook.excluded.map((e) => e.route));
  return files.flatMap((f) => {
    if (left.has(f.file)) return [];
    return linkFields(f.data).flatMap(({ path, link, id }): ContentProblem[] => {
      if (leftRoutes.has(linkRoute(link))) return [];
      const message = check(link);
      if (!message) return [];
      const item = id ? ` (item "${id}")` : '';
      return [
        {
          file: f.file,
          line: f.text ? yamlLine(f.text, path) : 1,
          message: `${path.join('.')}${item}: ${message}`,
        },
      ];
    });
  });
}

/** Every `link` field in data, with its path and the id of the object holding it. */
function linkFields(
  data: unknown,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; link: string; id?: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => linkFields(item, [...path, i]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  const record = data as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'link' && typeof value === 'string'
      ? [{ path: [...path, key], link: value, id: typeof record.id === 'string' ? record.id : undefined }]
      : linkFields(value, [...path, key]),
  );
}

/**
 * The data files that exist but did not make it into the handbook (their YAML or schema is
 * broken, or their id is not their file name), by kind: what embeds or links them is not
 * reported again, since the file's own problems say what to fix.
 */
export interface Unreadable {
  /** True when a `<Checklist>`, `<Assessment>` or `<DataTable>` names such a file. */
  has(component: DataComponent, id: string): boolean;
  /** True when a route is a page made from such a file: a ladder's pages, a derived assessment. */
  madeFrom(route: string): boolean;
  /** True when `content/ladders/<id>.yaml` exists but failed. */
  ladder(id: string): boolean;
}

/**
 * The data files of `files` (as read from disk) that the handbook does not have, as `Unreadable`.
 * An assessment derived from a ladder that failed is unreadable too.
 */
export function unreadableData(files: ContentFiles, raw: RawContent, handbook: Handbook): Unreadable {
  const missing = (folder: 'ladders' | 'checklists' | 'assessments' | 'tables') => {
    const read = new Set(raw[folder].filter((f) => f.data.id === f.name).map((f) => f.name));
    return new Set(files[folder].map((f) => fileName(f.file)).filter((name) => !read.has(name)));
  };
  const ladders = missing('ladders');
  const assessments = missing('assessments');
  for (const template of handbook.templates)
    if (template.fromLadder && ladders.has(template.fromLadder.ladder)) assessments.add(template.id);
  const byComponent: Record<DataComponent, Set<string>> = {
    Checklist: missing('checklists'),
    Assessment: assessments,
    DataTable: missing('tables'),
  };
  const prefixes = [
    ...[...ladders].flatMap((l) => [ladderPaths.ladder(l), ladderPaths.json(l), ladderPaths.csv(l)]),
    // `/assessments/<template>/`: the address of a derived assessment without its level.
    ...[...assessments].map((a) => derivedAssessmentPath(a, '').slice(0, -1)),
  ];
  return {
    has: (component, id) =>
      byComponent[component].has(id) ||
      (component === 'Assessment' && [...assessments].some((a) => id.startsWith(`${a}-`))),
    madeFrom: (route) => prefixes.some((prefix) => route.startsWith(prefix)),
    ladder: (id) => ladders.has(id),
  };
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

import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Ladder } from '../../schemas/ladder';
import type { Checklist } from '../../schemas/checklist';
import type { Assessment } from '../../schemas/assessment';
import { SECTIONS } from '../../schemas/sections';
import { parseMdx } from './parse';
import { STYLES, type ExportPage, type Target } from './targets';
import { ladderPage, laddersHub, readinessPages, type GeneratedPage } from './generated-pages';
import removeEsm from './plugins/remove-esm';
import components from './plugins/components';
import asides from './plugins/asides';
import links from './plugins/links';
import pageFrame from './plugins/page-frame';
import strayDirectives from './plugins/stray-directives';

/** A hand-written page of content/docs. */
export interface SourcePage {
  route: string;
  section: string;
  text: string;
}

export interface ExportInput {
  target: Target;
  pages: SourcePage[];
  data: { ladders: Ladder[]; checklists: Checklist[]; assessments: Assessment[] };
  /** Only these sections; all when undefined. */
  sections?: string[];
  /** Called after each page, for progress reports. */
  onPage?: (done: number, total: number) => void;
}

export interface ExportResult {
  /** Output path (relative to the export folder) → content. */
  files: Map<string, string>;
  pages: number;
  warnings: string[];
  /** Links to pages left out of the export (written as plain text). */
  dropped: string[];
  /** Links in the output that do not lead to an exported file (should always be empty). */
  unresolved: string[];
}

interface Item extends ExportPage {
  description?: string;
  sources: { title: string; author?: string; url?: string; note?: string }[];
  tree: () => Root;
}

/** Exports the handbook for a target: pages, generated ladder and readiness pages, and index files. */
export function exportSite(input: ExportInput): ExportResult {
  const style = STYLES[input.target];
  const warnings: string[] = [];
  const dropped: string[] = [];
  const readiness = readinessPages(
    input.data.assessments.filter((a) => a.fromLadder),
    input.data.ladders,
  );
  const assessments = new Map(
    [...input.data.assessments.filter((a) => !a.fromLadder), ...readiness.map((r) => r.assessment)].map(
      (a) => [a.id, a],
    ),
  );
  const checklists = new Map(input.data.checklists.map((c) => [c.id, c]));

  const items: Item[] = [
    ...input.pages.map((p) => {
      const fm = (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(p.text)?.[1] ?? '') ?? {}) as Record<
        string,
        unknown
      >;
      const sidebar = (fm.sidebar ?? {}) as { order?: number };
      return {
        route: p.route,
        title: String(fm.title ?? p.route),
        section: p.section,
        order: p.route === '/' ? 0 : (sidebar.order ?? 100),
        description: typeof fm.description === 'string' ? fm.description : undefined,
        sources: (fm.sources as Item['sources']) ?? [],
        tree: () => parseMdx(p.text),
      };
    }),
    ...[
      laddersHub(input.data.ladders),
      ...input.data.ladders.map(ladderPage),
      ...readiness.map((r) => r.page),
    ].map((g: GeneratedPage, i) => ({
      route: g.route,
      title: g.title,
      section: g.section,
      order: 200 + i,
      description: g.description,
      sources: g.sources,
      tree: () => parseMdx(g.markdown),
    })),
  ].filter((item) => !input.sections || input.sections.includes(item.section) || item.route === '/');
  items.sort(
    (a, b) =>
      sectionIndex(a.section) - sectionIndex(b.section) ||
      a.order - b.order ||
      a.title.localeCompare(b.title),
  );

  const byRoute = new Map(items.map((i) => [i.route, i]));
  const resolve = (route: string): ExportPage | undefined => {
    if (byRoute.has(route)) return byRoute.get(route);
    const ladder = /^\/ladders\/([a-z0-9-]+)(?:[./]|$)/.exec(route);
    return ladder ? byRoute.get(`/ladders/${ladder[1]}/`) : undefined;
  };
  const stringifier = unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-', listItemIndent: 'one' })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(style.callout === 'directive' ? remarkDirective : () => undefined);

  const files = new Map<string, string>();
  items.forEach((item, n) => {
    const tree = item.tree();
    removeEsm()(tree);
    components({ checklists, assessments, warnings })(tree);
    strayDirectives((name) => ['note', 'tip', 'caution', 'danger'].includes(name))(tree);
    asides({ style })(tree);
    links({ style, from: item, resolve, dropped })(tree);
    pageFrame({ style, page: item, description: item.description, sources: item.sources })(tree);
    visit(tree, (node) => {
      if (node.type.startsWith('mdx'))
        throw new Error(`${item.route}: a ${node.type} node was left after export`);
    });
    files.set(style.file(item), stringifier.stringify(tree));
    input.onPage?.(n + 1, items.length);
  });
  for (const [path, content] of indexFiles(input.target, items)) files.set(path, content);
  return {
    files,
    pages: items.length,
    warnings: [...new Set(warnings)],
    dropped: [...new Set(dropped)],
    unresolved: unresolvedLinks(input.target, files),
  };
}

function sectionIndex(id: string): number {
  const i = SECTIONS.findIndex((s) => s.id === id);
  return i === -1 ? SECTIONS.length : i;
}

/** Sidebars and category files some targets use to order pages. */
function indexFiles(target: Target, items: ExportPage[]): [string, string][] {
  const style = STYLES[target];
  const home = items.find((i) => i.route === '/') ?? items[0]!;
  const grouped = SECTIONS.map((s) => ({
    section: s,
    pages: items.filter((i) => i.section === s.id && i.route !== '/'),
  })).filter((g) => g.pages.length);
  if (target === 'github-wiki' || target === 'gitlab-wiki') {
    const lines = grouped.flatMap(({ section, pages }) => [
      `**${section.label}**`,
      '',
      ...pages.map((p) => {
        const l = style.link(home, p, '');
        return `- [${p.title}](${l.kind === 'markdown' ? l.url : ''})`;
      }),
      '',
    ]);
    return [[target === 'github-wiki' ? '_Sidebar.md' : '_sidebar.md', lines.join('\n')]];
  }
  if (target === 'docusaurus') {
    return grouped.map(({ section }) => [
      `${section.id}/_category_.json`,
      `${JSON.stringify({ label: section.label, position: sectionIndex(section.id) + 1 }, null, 2)}\n`,
    ]);
  }
  return [];
}

/** Links in exported Markdown that do not lead to an exported file. */
export function unresolvedLinks(target: Target, files: Map<string, string>): string[] {
  const missing: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith('.md')) continue;
    const dir = path.split('/').slice(0, -1);
    for (const [, url] of content.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(url!)) continue;
      const file = url!.split('#')[0]!;
      const resolved =
        target === 'github-wiki'
          ? `${file}.md`
          : normalise([...dir, ...file.split('/')].join('/')) + (target === 'gitlab-wiki' ? '.md' : '');
      if (!files.has(resolved)) missing.push(`${path}: ${url}`);
    }
    for (const [, wiki] of content.matchAll(/\[\[([^|\]#]+)/g))
      if (!files.has(`${wiki}.md`)) missing.push(`${path}: [[${wiki}]]`);
  }
  return missing;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

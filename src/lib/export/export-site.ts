import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Handbook } from '../handbook/model';
import { SECTIONS } from '../../schemas/sections';
import { parseMdx } from './parse';
import { STYLES, type ExportPage, type Target } from './targets';
import { derivedPage, ladderPage, laddersHub, type GeneratedPage } from './generated-pages';
import removeEsm from './plugins/remove-esm';
import components from './plugins/components';
import asides from './plugins/asides';
import links from './plugins/links';
import pageFrame from './plugins/page-frame';
import strayDirectives from './plugins/stray-directives';

export interface ExportInput {
  target: Target;
  /** The handbook to export; its pages must carry their text (the disk loader reads it). */
  handbook: Handbook;
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
  const { handbook } = input;
  const assessments = new Map(handbook.assessments.map((a) => [a.id, a]));
  const checklists = new Map(handbook.checklists.map((c) => [c.id, c]));

  const items: Item[] = [
    // The 404 page is part of a website, not of a wiki.
    ...handbook.pages
      .filter((p) => p.route !== '/404/')
      .map((p) => ({
        route: p.route,
        title: p.title,
        section: p.section,
        order: p.route === '/' ? 0 : p.order === Number.MAX_VALUE ? 100 : p.order,
        description: p.description,
        sources: p.sources,
        tree: () => parseMdx(p.text ?? p.body),
      })),
    ...[
      laddersHub(handbook.ladders),
      ...handbook.ladders.map(ladderPage),
      ...handbook.derived.map(derivedPage),
    ].map((g: GeneratedPage, i) => ({
      route: g.route,
      title: g.title,
      section: g.section,
      order: 200 + i,
      description: g.description,
      sources: g.sources,
      tree: () => parseMdx(g.markdown),
    })),
  ]
    .filter((item) => !input.sections || input.sections.includes(item.section) || item.route === '/')
    // The model's reading order, kept within each section (generated pages follow the section's own).
    .map((item, index) => ({ item, index }))
    .sort((a, b) => sectionIndex(a.item.section) - sectionIndex(b.item.section) || a.index - b.index)
    .map(({ item }) => item);

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

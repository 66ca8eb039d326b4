/**
 * The export targets: where each page goes, how links and callouts are written, and which
 * extra files (home page, sidebar) a target needs. Everything target-specific is here.
 */

export const TARGETS = [
  'gfm',
  'github-wiki',
  'gitlab-wiki',
  'obsidian',
  'docusaurus',
  'confluence',
  'notion',
] as const;
export type Target = (typeof TARGETS)[number];

/** A page as the exporter sees it. */
export interface ExportPage {
  /** Site path, e.g. /incidents/on-call/ (the home page is /). */
  route: string;
  title: string;
  section: string;
  /** Sort order within the section. */
  order: number;
}

/** The callout kinds the handbook uses (Starlight asides). */
export type CalloutKind = 'note' | 'tip' | 'caution' | 'danger';

export interface TargetStyle {
  /** The output file for a page, relative to the export folder. */
  file(page: ExportPage): string;
  /** How to write a link from one page to another (hash without #, may be empty). */
  link(
    from: ExportPage,
    to: ExportPage,
    hash: string,
  ): { kind: 'markdown'; url: string } | { kind: 'wikilink'; target: string };
  /**
   * How an aside is written: a GitHub alert (`> [!TIP]`), an Obsidian callout, a `:::`
   * admonition, or a plain quote opening with a bold "Tip:" for importers that know no alerts.
   */
  callout: 'alert' | 'obsidian' | 'directive' | 'quote';
  /** YAML frontmatter to keep on each page (undefined: none, the title becomes an H1). */
  frontmatter?(page: ExportPage, description: string | undefined): Record<string, unknown>;
}

const slugPath = (page: ExportPage) => (page.route === '/' ? 'index' : page.route.slice(1, -1));
/** A flat, readable page name for wikis without folders: "Incidents-On-call". */
const flatName = (page: ExportPage) =>
  page.route === '/' ? 'Home' : page.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The relative path from one output file to another. */
function relativeFile(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || to[to.length - 1]!;
}

const withHash = (url: string, hash: string) => (hash ? `${url}#${hash}` : url);

const folderMarkdown: TargetStyle = {
  file: (page) => `${slugPath(page)}.md`,
  link(from, to, hash) {
    return { kind: 'markdown', url: withHash(relativeFile(this.file(from), this.file(to)), hash) };
  },
  callout: 'alert',
};

export const STYLES: Record<Target, TargetStyle> = {
  // A portable folder of GitHub-flavoured Markdown, one folder per section, relative .md links.
  gfm: folderMarkdown,
  // GitHub wikis are flat: page names from titles, links without .md, Home.md and _Sidebar.md.
  'github-wiki': {
    file: (page) => `${flatName(page)}.md`,
    link: (_from, to, hash) => ({ kind: 'markdown', url: withHash(flatName(to), hash) }),
    callout: 'alert',
  },
  // GitLab wikis keep folders; links are page paths without .md, relative to the wiki root.
  'gitlab-wiki': {
    file: (page) => `${page.route === '/' ? 'home' : slugPath(page)}.md`,
    link(from, to, hash) {
      const path = relativeFile(this.file(from), this.file(to)).replace(/\.md$/, '');
      return { kind: 'markdown', url: withHash(path, hash) };
    },
    callout: 'alert',
  },
  // Obsidian: [[wikilinks]] by path, `> [!note]` callouts, frontmatter as properties.
  obsidian: {
    file: (page) => `${slugPath(page)}.md`,
    link: (_from, to, hash) => ({ kind: 'wikilink', target: `${slugPath(to)}${hash ? `#${hash}` : ''}` }),
    callout: 'obsidian',
    frontmatter: (page, description) => ({
      title: page.title,
      ...(description ? { description } : {}),
      tags: [page.section],
    }),
  },
  // Docusaurus: docs with its frontmatter, `:::note[Title]` admonitions, relative .md links.
  docusaurus: {
    ...folderMarkdown,
    callout: 'directive',
    frontmatter: (page, description) => ({
      title: page.title,
      ...(description ? { description } : {}),
      sidebar_position: page.order,
      ...(page.route === '/' ? { slug: '/' } : {}),
    }),
  },
  // Confluence's Markdown import reads one file at a time: flat files, asides as plain quotes.
  confluence: {
    file: (page) => `${flatName(page)}.md`,
    link(_from, to, hash) {
      return { kind: 'markdown', url: withHash(`${flatName(to)}.md`, hash) };
    },
    callout: 'quote',
  },
  // Notion imports a folder of Markdown files and turns relative .md links into page links.
  notion: { ...folderMarkdown, callout: 'quote' },
};

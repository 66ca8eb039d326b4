import { docusaurusCategories, wikiSidebar } from './index-files';
import { followRelative, relativeFile } from './output-paths';

/**
 * The export targets: where each page goes, how links and callouts are written, which
 * frontmatter a page keeps, which extra files (sidebars, category files) a target needs, and how
 * a written link leads back to a file. Everything target-specific is here; the exporter and its
 * plugins only read a target's style.
 */

/** Every target `handbook export --target` accepts. */
export const TARGETS = [
  'gfm',
  'github-wiki',
  'gitlab-wiki',
  'obsidian',
  'docusaurus',
  'confluence',
  'notion',
] as const;
/** One export target. */
export type Target = (typeof TARGETS)[number];

/** A page as the exporter sees it. */
export interface ExportPage {
  /** Site path, e.g. /incidents/on-call/ (the home page is /). */
  route: string;
  /** The page title (flat wikis name their files after it). */
  title: string;
  /** The section id, e.g. `incidents`. */
  section: string;
  /** Sort order within the section. */
  order: number;
  /**
   * The output file the export assigned to the page, unique in the export (`assignFiles`). The
   * styles name a page's file, and write links to it, from this when it is set, so two pages
   * whose titles give the same name never share a file.
   */
  outFile?: string;
}

/** A link as a target writes it: a Markdown URL, or an Obsidian `[[wikilink]]` target. */
export type WrittenLink = { kind: 'markdown'; url: string } | { kind: 'wikilink'; target: string };

/**
 * How an aside is written: a GitHub alert (`> [!TIP]`), an Obsidian callout, a `:::`
 * admonition, or a plain quote opening with a bold "Tip:" for importers that know no alerts.
 */
export type CalloutStyle = 'alert' | 'obsidian' | 'directive' | 'quote';

/** An extra output file: its path relative to the export folder, and its content. */
export type IndexFile = [path: string, content: string];

/** Everything that differs from one target to another. */
export interface TargetStyle {
  /** The output file for a page, relative to the export folder. */
  file(page: ExportPage): string;
  /** How to write a link from one page to another (hash without #, may be empty). */
  link(from: ExportPage, to: ExportPage, hash: string): WrittenLink;
  /** The output file a relative Markdown link (without its #hash) written in `fromFile` leads to. */
  linkedFile(fromFile: string, url: string): string;
  /** How asides are written. */
  callout: CalloutStyle;
  /** YAML frontmatter to keep on each page (undefined: none, the title becomes an H1). */
  frontmatter?(page: ExportPage, description: string | undefined): Record<string, unknown>;
  /** Files the target needs besides the pages (sidebars, category files), from the pages in order. */
  indexFiles?(pages: ExportPage[]): IndexFile[];
  /** File names the target keeps for itself (a wiki's sidebar), which no page may take. */
  reserved?: readonly string[];
  /**
   * A page whose path is also the folder of other pages is written as that folder's `index.md`
   * (Docusaurus makes it the category's own page, instead of listing it beside its folder).
   */
  folderIndex?: boolean;
  /**
   * False for importers not known to read a CommonMark hard break (a line ending in `\`), which
   * could show the backslash: a checklist item's detail then goes in a bullet under it.
   */
  hardBreaks?: false;
}

const slugPath = (page: ExportPage) => (page.route === '/' ? 'index' : page.route.slice(1, -1));
/**
 * The longest flat page name: file systems refuse names over 255 bytes, and a wiki's page
 * address is no place for a paragraph. Room is left for the `-2` a duplicate name gets.
 */
const FLAT_NAME_MAX = 100;
/**
 * A flat, readable page name for wikis without folders: "Incidents-On-call". A title with no
 * letters or digits in it (all emoji, say) falls back to the page's address.
 */
const flatName = (page: ExportPage) => {
  if (page.route === '/') return 'Home';
  const words = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return words(words(page.title).slice(0, FLAT_NAME_MAX)) || words(page.route);
};
const withHash = (url: string, hash: string) => (hash ? `${url}#${hash}` : url);
/** A file without its `.md`: a wiki page's name, or an Obsidian note's path. */
const pageName = (file: string) => file.replace(/\.md$/, '');
/** A naming rule that gives way to the file the export assigned (see `ExportPage.outFile`). */
const assignedOr =
  (rule: (page: ExportPage) => string) =>
  (page: ExportPage): string =>
    page.outFile ?? rule(page);
const folderFile = assignedOr((page) => `${slugPath(page)}.md`);
const flatFile = assignedOr((page) => `${flatName(page)}.md`);

/** One folder per section, relative `.md` links: read by GitHub, GitLab, Notion and Docusaurus alike. */
const folderMarkdown: TargetStyle = {
  file: folderFile,
  link: (from, to, hash) => ({
    kind: 'markdown',
    url: withHash(relativeFile(folderFile(from), folderFile(to)), hash),
  }),
  linkedFile: followRelative,
  callout: 'alert',
};

// GitHub wikis are flat: page names from titles, links without .md, Home.md and _Sidebar.md.
const githubWiki: TargetStyle = {
  file: flatFile,
  link: (_from, to, hash) => ({ kind: 'markdown', url: withHash(pageName(flatFile(to)), hash) }),
  // A wiki link names a page, wherever the linking page is.
  linkedFile: (_fromFile, url) => `${url}.md`,
  callout: 'alert',
  indexFiles: (pages) => [wikiSidebar('_Sidebar.md', pages, githubWiki.link)],
  reserved: ['_Sidebar.md', '_Footer.md'],
};

// GitLab wikis keep folders; links are relative page paths without .md.
const gitlabFile = assignedOr((page) => `${page.route === '/' ? 'home' : slugPath(page)}.md`);
const gitlabWiki: TargetStyle = {
  file: gitlabFile,
  link: (from, to, hash) => ({
    kind: 'markdown',
    url: withHash(pageName(relativeFile(gitlabFile(from), gitlabFile(to))), hash),
  }),
  linkedFile: (fromFile, url) => `${followRelative(fromFile, url)}.md`,
  callout: 'alert',
  indexFiles: (pages) => [wikiSidebar('_sidebar.md', pages, gitlabWiki.link)],
  reserved: ['_sidebar.md'],
};

/** The style of each target. */
export const STYLES: Record<Target, TargetStyle> = {
  // A portable folder of GitHub-flavoured Markdown, one folder per section, relative .md links.
  gfm: folderMarkdown,
  'github-wiki': githubWiki,
  'gitlab-wiki': gitlabWiki,
  // Obsidian: [[wikilinks]] by path, `> [!note]` callouts, frontmatter as properties.
  obsidian: {
    file: folderFile,
    link: (_from, to, hash) => ({ kind: 'wikilink', target: withHash(pageName(folderFile(to)), hash) }),
    linkedFile: followRelative,
    callout: 'obsidian',
    frontmatter: (page, description) => ({
      title: page.title,
      ...(description ? { description } : {}),
      tags: [page.section],
    }),
  },
  // Docusaurus: docs with its frontmatter, `:::note[Title]` admonitions, relative .md links,
  // and a _category_.json per section folder for the sidebar's labels and order.
  docusaurus: {
    ...folderMarkdown,
    callout: 'directive',
    frontmatter: (page, description) => ({
      title: page.title,
      ...(description ? { description } : {}),
      sidebar_position: page.order,
      ...(page.route === '/' ? { slug: '/' } : {}),
    }),
    indexFiles: (pages) => docusaurusCategories(pages, folderFile),
    folderIndex: true,
  },
  // Confluence's Markdown import reads one file at a time: flat files, asides as plain quotes.
  confluence: {
    file: flatFile,
    link: (_from, to, hash) => ({ kind: 'markdown', url: withHash(flatFile(to), hash) }),
    linkedFile: followRelative,
    callout: 'quote',
    hardBreaks: false,
  },
  // Notion imports a folder of Markdown files and turns relative .md links into page links.
  notion: { ...folderMarkdown, callout: 'quote', hardBreaks: false },
};

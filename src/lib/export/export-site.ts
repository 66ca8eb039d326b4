import { partialHome } from './partial-home';
import { pageTemplates, templateIndex, type Template } from '../templates/templates';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { turnedOff, type Handbook } from '../handbook/model';
import { assignFiles } from './file-names';
import { unresolvedLinks } from './link-check';
import { isPageMessage, located, PageExportError } from './located';
import { exportedPages, inSections, pageFinder, type PageSource } from './pages';
import { parseMdx } from './parse';
import { PAGE_NOT_EXPORTED, SECTION_OFF_PAGE, SITE_ONLY_PAGE } from './plugins/links';
import { exportProcessor } from './processor';
import { STYLES, type Target } from './targets';

/** What to export, and for which target. */
export interface ExportInput {
  /** The target to write for. */
  target: Target;
  /** The handbook to export; its pages must carry their text (the disk loader reads it). */
  handbook: Handbook;
  /** Only these sections; all when undefined. */
  sections?: string[];
  /**
   * Only these pages, by address (`askedPages` finds them), in place of `sections`: no home page
   * unless named, and none of the target's index files (a sidebar, category files), as the pages
   * join a wiki that has its own.
   */
  pages?: string[];
  /**
   * With `pages`: the files already in the folder the pages join (an earlier export's). A link to
   * a page whose file is among them is written to that file rather than left as text.
   */
  present?: ReadonlySet<string>;
  /**
   * Links to pages outside `sections` keep the target's file address instead of becoming plain
   * text, for a caller that resolves them itself (a booklet points them at the site).
   */
  linkBeyond?: boolean;
  /**
   * The website's address with its base, ending in `/` (`https://handbook.acme.example/hb/`):
   * links to pages only the website has, and to its interactive tools, lead there. Without it
   * they are plain text, and the tools say they are on the website.
   */
  siteUrl?: string;
  /**
   * Pages already parsed, by address (the content check parses every page before an export):
   * each is used once, in place of parsing the page again. The export changes them.
   */
  parsed?: Map<string, Root>;
  /**
   * Which pages end with the content licence's credit (`creditedPages` in src/config/credit.ts):
   * none when left out.
   */
  credited?: (page: { path: string; route: string }) => boolean;
  /** Called after each page, for progress reports. */
  onPage?: (done: number, total: number) => void;
}

/** The exported files, and what the export could not carry over. */
export interface ExportResult {
  /** Output path (relative to the export folder) → content. */
  files: Map<string, string>;
  /** How many pages were exported. */
  pages: number;
  /** What the export could not carry over, as `path:line:column: reason`. */
  warnings: string[];
  /** Links to pages left out of the export (leading to the website when `siteUrl` is given, else plain text). */
  dropped: string[];
  /**
   * Links to pages only the website has, which no export writes (`/due-for-review/`): linked to
   * the website when `siteUrl` is given, else written as plain text.
   */
  siteOnly: string[];
  /** Links in the output that do not lead to an exported file (should always be empty). */
  unresolved: string[];
  /** The output file of every page of the handbook, by address (the exported ones and the others). */
  fileOf: Map<string, string>;
}

/** Exports the handbook for a target: pages, generated ladder and readiness pages, and index files. */
export function exportSite(input: ExportInput): ExportResult {
  const style = STYLES[input.target];
  const { handbook } = input;
  // File names are given over the whole handbook, so a page's file is the same in every export.
  const all = assignFiles(style, exportedPages(handbook));
  const only = input.pages && new Set(input.pages);
  const pages = only ? all.filter((page) => only.has(page.route)) : inSections(all, input.sections);
  const anyPage = pageFinder(all, handbook);
  const offRoutes = new Set(handbook.excluded.filter(turnedOff).map((e) => e.route));
  // A page that lists the templates (the Templates page) is exported after the others, which
  // are scanned for templates as they are parsed: each page is parsed once.
  const listsTemplates = (page: PageSource) => page.text.includes('<TemplateIndex');
  const scanned = pages.some(listsTemplates) ? new Map<string, Template[]>() : undefined;
  const handbookPages = new Map(handbook.pages.map((p) => [p.route, p]));
  const processor = exportProcessor(style, {
    checklists: new Map(handbook.checklists.map((c) => [c.id, c])),
    assessments: new Map(handbook.assessments.map((a) => [a.id, a])),
    tables: new Map(handbook.tables.map((t) => [t.id, t])),
    templates: once(() => templateIndex(handbook, scanned)),
    titleOf: (route) => anyPage(route)?.title,
    siteUrl: input.siteUrl,
    find:
      input.linkBeyond && input.sections
        ? anyPage
        : pageFinder(
            only && input.present
              ? all.filter((page) => only.has(page.route) || input.present!.has(style.file(page)))
              : pages,
            handbook,
          ),
    sectionsOff: offRoutes.size > 0,
    elsewhere: (route) =>
      handbook.routes.has(route) && !anyPage(route)
        ? 'site-only'
        : offRoutes.has(route)
          ? 'section-off'
          : 'not-exported',
  });
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const dropped: string[] = [];
  const siteOnly: string[] = [];
  const inOrder = [...pages.filter((p) => !listsTemplates(p)), ...pages.filter(listsTemplates)];
  const written = new Map<PageSource, string>();
  inOrder.forEach((page, n) => {
    const file = pageFile({ ...page, credit: input.credited?.(page) ?? false });
    try {
      // Some sections only: the handbook's home page would lead into the rest of it.
      const tree =
        input.sections && page.route === '/'
          ? partialHome(pages)
          : (input.parsed?.get(page.route) ?? parseMdx(file));
      input.parsed?.delete(page.route); // changed by the export: no use to anyone after it
      const source = handbookPages.get(page.route);
      if (scanned && source) scanned.set(page.route, pageTemplates(source, tree, handbook));
      written.set(page, processor.stringify(processor.runSync(tree, file), file));
    } catch (error) {
      // A page that cannot be exported stops the export, saying where (path:line:column).
      if (isPageMessage(error)) throw new PageExportError(located(error, file.path), { cause: error });
      throw error;
    }
    for (const message of file.messages) {
      if (message.ruleId === PAGE_NOT_EXPORTED) dropped.push(message.actual!);
      else if (message.ruleId === SITE_ONLY_PAGE) siteOnly.push(message.actual!);
      // Plain text, as the website writes links into a section the config turns off: no note.
      else if (message.ruleId === SECTION_OFF_PAGE) continue;
      else if (message.fatal === false) warnings.push(located(message));
    }
    input.onPage?.(n + 1, pages.length);
  });
  // The files in reading order, whatever order the pages were exported in.
  for (const page of pages) files.set(style.file(page), written.get(page)!);
  if (!only) for (const [path, content] of style.indexFiles?.(pages) ?? []) files.set(path, content);
  return {
    files,
    pages: pages.length,
    warnings: [...new Set(warnings)],
    dropped: [...new Set(dropped)],
    siteOnly: [...new Set(siteOnly)],
    unresolved: unresolvedLinks(input.target, files, only && input.present),
    fileOf: new Map(all.map((page) => [page.route, page.outFile!])),
  };
}

/** A page's VFile: its text, the path messages name, and what the plugins need in `data`. */
function pageFile({ path, text, ...exportPage }: PageSource): VFile {
  return new VFile({ path, value: text, data: { exportPage } });
}

/** A function that computes its value on the first call only. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

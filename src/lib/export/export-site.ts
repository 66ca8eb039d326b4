import { pageTemplates, templateIndex, type Template } from '../templates/templates';
import { VFile } from 'vfile';
import type { Handbook } from '../handbook/model';
import { unresolvedLinks } from './link-check';
import { isPageMessage, located, PageExportError } from './located';
import { exportedPages, pageFinder, type PageSource } from './pages';
import { parseMdx } from './parse';
import { PAGE_NOT_EXPORTED } from './plugins/links';
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
   * Links to pages outside `sections` keep the target's file address instead of becoming plain
   * text, for a caller that resolves them itself (a booklet points them at the site).
   */
  linkBeyond?: boolean;
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
  /** Links to pages left out of the export (written as plain text). */
  dropped: string[];
  /** Links in the output that do not lead to an exported file (should always be empty). */
  unresolved: string[];
}

/** Exports the handbook for a target: pages, generated ladder and readiness pages, and index files. */
export function exportSite(input: ExportInput): ExportResult {
  const style = STYLES[input.target];
  const { handbook } = input;
  const pages = exportedPages(handbook, input.sections);
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
    find: pageFinder(input.linkBeyond && input.sections ? exportedPages(handbook) : pages, handbook),
  });
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const dropped: string[] = [];
  const inOrder = [...pages.filter((p) => !listsTemplates(p)), ...pages.filter(listsTemplates)];
  const written = new Map<PageSource, string>();
  inOrder.forEach((page, n) => {
    const file = pageFile(page);
    try {
      const tree = parseMdx(file);
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
      else if (message.fatal === false) warnings.push(located(message));
    }
    input.onPage?.(n + 1, pages.length);
  });
  // The files in reading order, whatever order the pages were exported in.
  for (const page of pages) files.set(style.file(page), written.get(page)!);
  for (const [path, content] of style.indexFiles?.(pages) ?? []) files.set(path, content);
  return {
    files,
    pages: pages.length,
    warnings: [...new Set(warnings)],
    dropped: [...new Set(dropped)],
    unresolved: unresolvedLinks(input.target, files),
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

import type { VFile } from 'vfile';
import type { Source } from '../../schemas/page';
import type { ExportPage } from './targets';

/** What the plugins need to know about the page a VFile holds, beyond its text. */
export interface ExportPageData extends ExportPage {
  /** The frontmatter description, for targets that keep frontmatter. */
  description?: string;
  /** The works the page draws on, appended as a Sources list. */
  sources: Source[];
  /** Whether the page ends with the content licence's credit (upstream's words, adapted). */
  credit?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The page being exported; `exportSite` sets it on each page's VFile. */
    exportPage: ExportPageData;
  }
}

/** The page a VFile holds; throws when the file was not made by the exporter (a bug). */
export function exportPageOf(file: VFile): ExportPageData {
  const page = file.data.exportPage;
  if (!page) throw new Error(`${file.path}: file.data.exportPage is not set; exportSite sets it`);
  return page;
}

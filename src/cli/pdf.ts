/**
 * Prints an HTML file to PDF with the local Chromium, found as the browser tests find it
 * (Debian's /usr/bin/chromium, or CHROMIUM_PATH). Page numbers go in the footer; the booklet
 * brings its own table of contents and page breaks.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';
import { UserError } from './context';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

export async function printPdf(htmlFile: string, pdfFile: string, paper: Paper): Promise<void> {
  if (!existsSync(CHROMIUM_PATH))
    throw new UserError(
      `--pdf needs Chromium, and there is none at ${CHROMIUM_PATH}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary. The HTML booklet was written.`,
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: pdfFile,
      format: paper === 'a4' ? 'A4' : 'Letter',
      margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:9px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      printBackground: false,
    });
  } finally {
    await browser.close();
  }
}

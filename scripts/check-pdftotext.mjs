// The booklet tests read the text of the PDF the CLI prints with Debian's pdftotext.
import { ensureDebianPackage } from './debian-package.mjs';

export const PDFTOTEXT_PATH = process.env.PDFTOTEXT_PATH || '/usr/bin/pdftotext';

ensureDebianPackage({
  binary: PDFTOTEXT_PATH,
  pkg: 'poppler-utils',
  envVar: 'PDFTOTEXT_PATH',
  purpose: 'pdftotext (to read the text of the printed booklet)',
});

import type { BlockContent, PhrasingContent, TableCell } from 'mdast';
import { u } from 'unist-builder';
import { COMP_FIELDS, COMP_FORMULA, EMPTY_INPUTS } from '../worksheets/total-comp';
import { ladderPaths } from '../handbook/routes';
import { paragraph, strong, text } from './mdast-builders';

/** The interactive tools a page can hold, which run only in the browser. */
export const TOOLS = ['CheckIn', 'EvidenceLog', 'TotalCompWorksheet'] as const;
export type Tool = (typeof TOOLS)[number];

/**
 * What an export writes where a page has an interactive tool. The tool itself cannot travel (it
 * is a form that keeps its data in the browser), but leaving nothing would leave the page's
 * "pick the ladder and level, rate each dimension…" pointing at a gap. So: what the tool is, a
 * link to it on the website when the export knows the site's address, and how to do the same
 * by hand (the total-comp worksheet as the table of fields the site shows, to fill in).
 *
 * @param onSite the page's address on the website, when known
 */
export function toolMarkdown(tool: Tool, onSite: string | undefined): BlockContent[] {
  switch (tool) {
    case 'CheckIn':
      return [
        note(
          'Check-in (an interactive tool on the website).',
          'There you pick a ladder and a level, rate each dimension below, meeting or exceeding, and compare with your manager’s separate ratings; the disagreements come first and become the agenda of your next 1:1. The ratings stay in your browser.',
          onSite,
          'Open the check-in',
        ),
        paragraph(
          strong('On paper:'),
          text(' take the level from the '),
          u('link', { url: ladderPaths.hub() }, [text('career ladders')]),
          text(
            ', write below, meeting or exceeding beside each dimension, ask your manager to do the same on their own, then talk through the disagreements first.',
          ),
        ),
      ];
    case 'EvidenceLog':
      return [
        note(
          'Evidence log (an interactive tool on the website).',
          'There you log each piece of evidence (a date, what happened, what it changed and the ladder dimensions it shows) and see which dimensions of your target level have strong, thin or no evidence. The log stays in your browser; exported as JSON, `npx handbook packet` drafts a promotion packet from it.',
          onSite,
          'Open the evidence log',
        ),
        paragraph(
          strong('On paper:'),
          text(
            ' keep the entries in a private document, one line each: the date, what happened, what it changed, and the dimensions of the ',
          ),
          u('link', { url: ladderPaths.hub() }, [text('career ladder')]),
          text(' it shows. Three or more entries for a dimension is strong evidence; one or two is thin.'),
        ),
      ];
    case 'TotalCompWorksheet':
      return [
        note(
          'Total-compensation worksheet.',
          'Fill in one column per job, in one currency, and add up each column with the formula below it.',
          onSite,
          'The website’s version adds it up as you type',
        ),
        compTable(),
        paragraph(text(COMP_FORMULA)),
      ];
  }
}

/** "**Title** What it is. [Open it](https://…/page/)." — or, with no address, where it is. */
function note(title: string, what: string, onSite: string | undefined, linkText: string): BlockContent {
  const where: PhrasingContent[] = onSite
    ? [text(' '), u('link', { url: onSite }, [text(linkText)]), text('.')]
    : [text(' It is on this page of the handbook’s website.')];
  // Inline code in the text (`npx handbook packet`) stays code.
  const parts = what.split(/`([^`]+)`/).map((part, i) => (i % 2 ? u('inlineCode', part) : text(part)));
  return paragraph(strong(title), text(' '), ...parts, ...where);
}

/** The rows the website's worksheet adds up, under its inputs (TotalCompWorksheet.astro). */
const RESULTS = [
  'Bonus per year',
  'Equity per year, after the discount',
  'Sign-on per year',
  'Total per year',
  'Difference from your current job',
];
const COLUMNS = ['Current job', 'Offer A', 'Offer B'];

/** The worksheet as a table to fill in: each field with its hint, then the results in bold. */
function compTable(): BlockContent {
  const cell = (...children: PhrasingContent[]): TableCell => u('tableCell', children);
  const row = (cells: TableCell[]) => u('tableRow', cells);
  return u('table', { align: [null, ...COLUMNS.map(() => null)] }, [
    row([cell(text('Part of the pay')), ...COLUMNS.map((c) => cell(text(c)))]),
    ...COMP_FIELDS.map((f) => {
      // The site starts the year fields at 4, the usual vesting period; money starts empty.
      const start = EMPTY_INPUTS[f.id] ? String(EMPTY_INPUTS[f.id]) : '';
      const hint = f.hint.charAt(0).toLowerCase() + f.hint.slice(1).replace(/\.$/, '');
      return row([cell(text(`${f.label} (${hint})`)), ...COLUMNS.map(() => cell(text(start)))]);
    }),
    ...RESULTS.map((label) =>
      row([
        cell(strong(label)),
        ...COLUMNS.map((c) => cell(text(label.startsWith('Difference') && c === 'Current job' ? '—' : ''))),
      ]),
    ),
  ]);
}

import type { BlockContent, TableCell } from 'mdast';
import { u } from 'unist-builder';
import type { Assessment } from '../../schemas/assessment';
import type { Checklist } from '../../schemas/checklist';
import type { Table } from '../../schemas/table';
import { SECTIONS } from '../../schemas/sections';
import type { Template } from '../templates/templates';
import { answerOptions, questionGroups } from '../assessments/groups';
import { list, listItem, paragraph, strong, text } from './mdast-builders';

/** A checklist (or one group of it) as headed GitHub task lists. */
export function checklistMarkdown(checklist: Checklist, group?: string): BlockContent[] {
  return checklist.groups
    .filter((g) => !group || g.id === group)
    .flatMap((g) => [
      paragraph(strong(g.title)),
      list(g.items.map((i) => listItem([text(i.text), ...(i.owner ? [text(` — ${i.owner}`)] : [])], false))),
    ]);
}

/** An assessment as a worksheet: every question with its possible answers, then the bands. */
export function assessmentMarkdown(a: Assessment): BlockContent[] {
  const blocks: BlockContent[] = [paragraph(strong(`Worksheet: ${a.title}.`), text(` ${a.intro}`))];
  for (const group of questionGroups(a)) {
    blocks.push(paragraph(strong(group.label)));
    blocks.push(
      list(
        group.questions.map((q) => {
          const options = answerOptions(a, q);
          const item = listItem([
            text(q.text),
            ...(q.evidence ? [text(' (evidence: a link or an example)')] : []),
          ]);
          if (options.length) item.children.push(list(options.map((o) => listItem([text(o.label)], false))));
          return item;
        }),
        true,
      ),
    );
  }
  blocks.push(paragraph(strong('Reading the result')));
  blocks.push(list(a.bands.map((b) => listItem([strong(b.label), text(` — ${b.text}`)]))));
  return blocks;
}

/** A reference table as a GFM table: its title and description, the table, then its notes. */
export function tableMarkdown(t: Table): BlockContent[] {
  const cell = (value: string): TableCell => u('tableCell', [text(value)]);
  const rows = [
    u(
      'tableRow',
      t.columns.map((c) => cell(c.label)),
    ),
    ...t.rows.map((row) =>
      u(
        'tableRow',
        t.columns.map((c) => cell(row[c.id]!)),
      ),
    ),
  ];
  return [
    paragraph(strong(`${t.title}.`), text(` ${t.description}`)),
    u('table', { align: t.columns.map(() => null) }, rows),
    ...(t.notes.length ? [list(t.notes.map((n) => listItem([text(n)])))] : []),
  ];
}

/** The templates index: per section, each template linked to its page, with its purpose. */
export function templateIndexMarkdown(templates: Template[]): BlockContent[] {
  return SECTIONS.flatMap((section) => {
    const here = templates.filter((t) => t.page.section === section.id);
    if (here.length === 0) return [];
    return [
      paragraph(strong(section.label)),
      list(
        here.map((t) =>
          listItem([
            u('link', { url: t.page.route }, [text(t.title)]),
            text(` — ${t.purpose}. On “${t.page.title}”${t.heading ? `, under “${t.heading}”` : ''}.`),
          ]),
        ),
      ),
    ];
  });
}

import type { BlockContent, TableCell } from 'mdast';
import { u } from 'unist-builder';
import type { Checklist } from '../../schemas/checklist';
import type { Table } from '../../schemas/table';
import { SECTIONS } from '../../schemas/sections';
import type { Template } from '../templates/templates';
import { list, listItem, paragraph, strong, text } from './mdast-builders';
import { seeLink, type TitleOf } from './see-link';

/**
 * A checklist (or one group of it) as headed GitHub task lists. Each item is its text and owner,
 * then, after a line break in the same item, its `detail` and its `link` ("See …"), as the site
 * shows them under the box: the item stays one line to tick, and the list stays tight. For a
 * target that may not read a hard break (`hardBreaks` false), the detail is a bullet under it.
 */
export function checklistMarkdown(
  checklist: Checklist,
  group: string | undefined,
  titleOf: TitleOf,
  hardBreaks = true,
): BlockContent[] {
  return checklist.groups
    .filter((g) => !group || g.id === group)
    .flatMap((g) => [
      paragraph(strong(g.title)),
      list(
        g.items.map((i) => {
          const more = [
            ...(i.detail ? [text(i.detail)] : []),
            ...(i.detail && i.link ? [text(' ')] : []),
            ...(i.link ? seeLink(i.link, titleOf) : []),
          ];
          const line = [text(i.text), ...(i.owner ? [text(` — ${i.owner}`)] : [])];
          if (!hardBreaks && more.length) {
            const item = listItem(line, false);
            item.children.push(list([listItem(more)]));
            return item;
          }
          return listItem([...line, ...(more.length ? [u('break'), ...more] : [])], false);
        }),
      ),
    ]);
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

/**
 * Text about a section a fork turns off. Links into it already read as plain words (see
 * `unlinkRoutes`), but a line that exists only to send the reader there — a table row whose
 * every link leads into the section ("Should I leave? | When to leave a job"), or a list item
 * that starts with such a link ("**Career decisions**: staying, moving, leaving") — would still
 * describe a section the site does not have. Those rows and items are left out, on the site
 * (here, on the built HTML) and in every export (`src/lib/export/plugins/turned-off.ts`).
 */

import { leadsInto } from './base';

/** Whether a table row is only about turned-off pages: it has links, and all lead there. */
export const rowIsTurnedOff = (hrefs: string[], isOff: (href: string) => boolean): boolean =>
  hrefs.length > 0 && hrefs.every(isOff);

const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr>/g;
const HREF = /<a\b[^>]*?\shref=(["'])([^"']*)\1/g;
/**
 * A list item's opening, and what may come before its first word: tags, spaces, and a task-list
 * item's checkbox (the export's rule sees past it too: it is the item's `checked`, not a node).
 */
const ITEM_START = /<li\b[^>]*>/g;
const LEADING = /^(?:\s|<(?:p|strong|em|b|i|span|input)\b[^>]*>)*<a\b[^>]*?\shref=(["'])([^"']*)\1/;

/**
 * The HTML without the table rows and list items that are only about pages at `routes` (the
 * pages of the sections turned off). A route matches with or without its `#fragment`.
 */
export function dropTurnedOff(html: string, routes: Set<string>): string {
  if (routes.size === 0) return html;
  const isOff = leadsInto(routes);
  const rows = html.replace(ROW, (row) =>
    rowIsTurnedOff(
      [...row.matchAll(HREF)].map((m) => m[2]!),
      isOff,
    )
      ? ''
      : row,
  );
  return dropItems(rows, isOff);
}

/** Removes each `<li>…</li>` (nested lists included) whose first content is a turned-off link. */
function dropItems(html: string, isOff: (href: string) => boolean): string {
  let out = '';
  let from = 0;
  for (const start of html.matchAll(ITEM_START)) {
    const at = start.index!;
    if (at < from) continue; // inside an item already removed
    const lead = LEADING.exec(html.slice(at + start[0].length, at + start[0].length + 2000));
    if (!lead || !isOff(lead[2]!)) continue;
    const end = closingLi(html, at + start[0].length);
    if (end === -1) continue;
    out += html.slice(from, at);
    from = end;
  }
  return out + html.slice(from);
}

/** The index just after the `</li>` that closes the item whose content starts at `from`. */
function closingLi(html: string, from: number): number {
  const tags = /<(\/?)li\b[^>]*>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

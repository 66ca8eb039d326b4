/**
 * CSV as spreadsheets expect it (RFC 4180): comma-separated, CRLF line ends, fields quoted
 * when they contain a comma, quote or line break, quotes doubled inside quoted fields.
 */

/** Turns rows of strings and numbers into CSV text. */
export function toCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Parses CSV text into rows of strings. Throws on an unterminated quoted field. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (quoted) throw new Error('The CSV ends inside a quoted field: a closing " is missing.');
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}

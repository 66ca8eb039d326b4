/**
 * The name a typo probably meant: the known name one or two edits away (letters swapped,
 * dropped or doubled; case ignored), or undefined when none is that close. Used for unknown
 * frontmatter fields, data file keys and config keys (`titel` → `title`), for components a page
 * does not import (`Checklst` → `Checklist`), and (with its own allowance) by the CLI for
 * commands and flags.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(candidate.toLowerCase(), wanted);
    if (d <= 2 && d < (best?.distance ?? Infinity)) best = { name: candidate, distance: d };
  }
  return best?.name;
}

/** The Damerau–Levenshtein distance (optimal string alignment): two swapped letters count as one edit. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * " Did you mean "x"?" when `value` is a typo or two away from one of `known`; a short value
 * only one, or "ceo" would be asked whether it meant "em". Empty otherwise.
 */
export function didYouMean(value: string, known: string[]): string {
  const close = closestName(value, known);
  const near = close && (value.length > 4 || editDistance(close.toLowerCase(), value.toLowerCase()) <= 1);
  return near ? ` Did you mean "${close}"?` : '';
}

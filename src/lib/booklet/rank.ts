/**
 * The booklet's search order: the sections that have every word typed, best first. A word in a
 * section's own heading counts most, in its page's title half as much (someone searching
 * "on-call" wants the on-call page before every page that mentions it once), then how often
 * each word appears, up to five times, so one long section does not win by length alone; ties
 * keep the booklet's order.
 *
 * It runs in the booklet itself, where it is written out as source (`rankSections.toString()`):
 * it must use nothing but its arguments: no imports, no helpers from outside it.
 *
 * @param sections per section: id, title, text, all of it lower-cased, and the page's search
 *   terms lower-cased (on its first section only; may be missing)
 * @param words the words typed, lower-cased
 * @returns the indexes of the matching sections, best first
 */
export function rankSections(sections: readonly (readonly string[])[], words: readonly string[]): number[] {
  const scored: [number, number][] = [];
  for (let i = 0; i < sections.length; i++) {
    const title = sections[i]![1]!.toLowerCase();
    // A section's title is "Page › Heading": its own heading says most about it.
    const heading = title.slice(title.lastIndexOf('›') + 1);
    const all = sections[i]![3]!;
    let score = 0;
    let every = true;
    for (const word of words) {
      if (!all.includes(word)) {
        every = false;
        break;
      }
      // The page's searchTerms, the words readers use that it does not, weigh as its heading.
      if (heading.includes(word) || (sections[i]![4] ?? '').includes(word)) score += 10;
      else if (title.includes(word)) score += 5;
      let seen = 0;
      for (let at = all.indexOf(word); at !== -1 && seen < 5; at = all.indexOf(word, at + word.length))
        seen++;
      score += seen;
    }
    if (every) scored.push([score, i]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return scored.map(([, i]) => i);
}

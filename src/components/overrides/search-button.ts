/**
 * Starlight's search button is named by `aria-label="Search"` but also shows the shortcut
 * ("Ctrl K") as text, so its visible text is not contained in its accessible name and axe
 * reports `label-content-name-mismatch` (WCAG 2.5.3, Label in Name) on every page.
 *
 * The fix takes the name from the button's own text instead: drop the `aria-label`, let
 * assistive technology read the "Search" label, and keep that label available on narrow
 * screens by hiding it visually (class `handbook-search-label`, see handbook.css) rather than
 * with `display: none`. The name then reads "Search Ctrl K" on wide screens (exactly what is
 * shown, and on a Mac "Search ⌘ K") and "Search" on phones.
 *
 * Takes the HTML Starlight renders for its search component and returns the mended HTML.
 * Throws if the markup no longer looks as expected, so a Starlight upgrade that changes it
 * fails the build instead of silently bringing the violation back.
 */
export function nameSearchButtonByItsText(html: string): string {
  const button = /<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/.exec(html);
  if (!button) fail('the search button');
  // In `astro dev` elements carry extra attributes (the dev toolbar's source locations).
  const label = /<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true"([^>]*)>/;
  if (!label.test(button[0])) fail('the "Search" label inside the search button');
  if (!/\saria-label="[^"]*"/.test(button[0])) fail('the aria-label of the search button');
  const fixed = button[0]
    .replace(/\saria-label="[^"]*"/, '')
    .replace(label, '<span class="handbook-search-label$1"$2>');
  return html.slice(0, button.index) + fixed + html.slice(button.index + button[0].length);
}

function fail(what: string): never {
  throw new Error(
    `Search override: ${what} was not found in Starlight's markup. ` +
      'Starlight has probably changed its search component; update src/components/overrides/search-button.ts.',
  );
}

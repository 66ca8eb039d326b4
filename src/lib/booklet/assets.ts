import { rankSections } from './rank';

/**
 * The booklet's inline style sheet and search script. Inline because a booklet is one file
 * that must work from file:// with no request at all. The script only adds search: without it
 * the table of contents and every anchor still work.
 */

export const BOOKLET_CSS = `
:root { color-scheme: light dark; --text: #1b1d21; --muted: #4d535c; --bg: #fff; --line: #c9ced6; --accent: #1d5a96; }
@media (prefers-color-scheme: dark) { :root { --text: #e8eaed; --muted: #b4bac3; --bg: #16181c; --line: #454b54; --accent: #8cc2f5; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: var(--bg); overflow-wrap: break-word; }
a { color: var(--accent); }
h1, h2, h3, h4 { line-height: 1.25; }
.cover { padding: 2rem 0 1rem; border-bottom: 2px solid var(--line); }
.cover h1 { font-size: 2.2rem; margin: 0.25rem 0; }
.cover-name, .cover-facts, .cover-note { color: var(--muted); margin: 0.25rem 0; }
.toc ol { padding-left: 1.2rem; }
.toc > ol { padding-left: 0; list-style: none; }
.toc-section { font-weight: 700; display: block; margin-top: 0.75rem; }
article { border-top: 2px solid var(--line); margin-top: 2rem; padding-top: 0.5rem; }
article > h2:first-child { font-size: 1.7rem; }
pre { white-space: pre-wrap; background: color-mix(in srgb, var(--line) 25%, transparent); padding: 0.75rem; border-radius: 4px; font-size: 0.9rem; }
code { font-family: ui-monospace, "Cascadia Mono", Menlo, monospace; }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--accent); }
table { border-collapse: collapse; display: block; overflow-x: auto; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
li:has(> input[type=checkbox]), li:has(> p > input[type=checkbox]) { list-style: none; margin-left: -1.2rem; }
input[type=checkbox] { width: 1.1rem; height: 1.1rem; margin-right: 0.4rem; vertical-align: -0.15rem; }
li > label, li > p > label { cursor: pointer; }
.to-contents { margin-top: 2rem; font-size: 0.9rem; }
.search { margin: 1rem 0; padding: 0.75rem; border: 1px solid var(--line); border-radius: 6px; }
.search label { font-weight: 700; display: block; }
.search input { width: 100%; font: inherit; padding: 0.4rem; margin-top: 0.25rem; color: var(--text); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; }
.search-results li { margin: 0.4rem 0; }
.search-results small { display: block; color: var(--muted); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.radars { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.radar-figure { margin: 0; text-align: center; }
.radar { width: 100%; height: auto; --radar-ink: var(--text); --radar-grid: var(--muted); --radar-series-1: var(--accent); }
.radar-ring, .radar-spoke { fill: none; stroke: var(--radar-grid); }
.radar-label { fill: var(--radar-ink); font-size: 15px; }
.radar-series-1 { fill: var(--radar-series-1); fill-opacity: 0.25; stroke: var(--radar-series-1); stroke-width: 2.5; }
@media print {
  body { max-width: none; font-size: 11pt; }
  .search, .to-contents { display: none; }
  article { break-before: page; border: 0; }
  .toc { break-before: page; }
  a { color: inherit; }
  pre, table, blockquote, li { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
`;

/** How many matches the booklet's search lists. */
const SHOWN = 20;

/**
 * Search over the inline index ([id, title, text, terms?] per section): every word typed must appear;
 * the best matches (`rankSections`) are listed with a snippet and a link to their anchor.
 */
export const BOOKLET_SEARCH_SCRIPT = `(() => {
  const rank = (${rankSections.toString()});
  const form = document.querySelector('.search');
  const input = document.getElementById('booklet-search');
  const status = form.querySelector('.search-status');
  const list = form.querySelector('.search-results');
  const index = JSON.parse(document.getElementById('booklet-index').textContent);
  const lower = index.map(([id, title, text, terms = '']) =>
    [id, title, text, (title + ' ' + text + ' ' + terms).toLowerCase(), terms.toLowerCase()]);
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', () => {
    const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    list.replaceChildren();
    if (!words.length) { status.textContent = ''; return; }
    const found = rank(lower, words).map((i) => lower[i]);
    status.textContent = found.length + (found.length === 1 ? ' section matches' : ' sections match') +
      (found.length > ${SHOWN} ? ', the best ${SHOWN} listed' : '');
    for (const [id, title, text] of found.slice(0, ${SHOWN})) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#' + id;
      a.textContent = title;
      const at = text.toLowerCase().indexOf(words[0]);
      const snippet = document.createElement('small');
      snippet.textContent = (at > 40 ? '…' : '') + text.slice(Math.max(0, at - 40), at + 100) + '…';
      li.append(a, snippet);
      list.append(li);
    }
  });
})();`;

/**
 * A section (or several, or the whole handbook) as one self-contained HTML file for when the
 * network is down: a cover, a table of contents, every page in sidebar order, checklists to
 * tick, assessments as worksheets, ladders as tables, each page's Sources, and a small search
 * that works from file://. No request of any kind: the styles and the search script are inline
 * and there are no images, fonts or links to load.
 *
 * The pages come from the exporter (the Notion-style Markdown: plain quotes for asides, a title
 * and Sources on each page), so a booklet shows exactly what an export would.
 */
import type { Root } from 'mdast';
import { exportSite } from '../export/export-site';
import { exportedPages } from '../export/pages';
import { STYLES } from '../export/targets';
import type { Handbook } from '../handbook/model';
import { sectionLabel, type SectionId } from '../../schemas/sections';
import { BOOKLET_CSS, BOOKLET_SEARCH_SCRIPT } from './assets';
import { pageHtml, type LinkTarget, type SearchSection } from './page-html';
import { levelRadar } from '../ladders/profile';
import { esc, scriptJson } from '../text/html';
import { ladderPaths } from '../handbook/routes';
import { CONTENT_FROM, LICENCE } from '../handbook/credit';

/** The export style the booklet renders: folders of Markdown with plain-quote asides. */
const STYLE = STYLES.notion;

export interface BookletInput {
  handbook: Handbook;
  /** Section ids in the booklet; undefined: the whole handbook. */
  sections?: string[];
  /** The handbook's name (the config's `name`). */
  name: string;
  /** The site's public address with its base, for links to pages outside the booklet; none: plain text. */
  siteUrl?: string;
  /** Pages already parsed by the content check, by address (see `ExportInput.parsed`). */
  parsed?: Map<string, Root>;
  /** The date on the cover (YYYY-MM-DD). */
  date: string;
  /** The version on the cover: a commit or a package version. */
  version?: string;
}

export interface Booklet {
  html: string;
  pages: { route: string; title: string; id: string }[];
  /** Size of the inline search index, in bytes. */
  indexBytes: number;
}

/** The anchor of a page in the booklet: `/incidents/on-call/` → `page-incidents-on-call`. */
export const pageAnchor = (route: string) =>
  route === '/' ? 'page-home' : `page-${route.slice(1, -1).replace(/\//g, '-')}`;

export function buildBooklet(input: BookletInput): Booklet {
  const { handbook, sections } = input;
  // Only the booklet's own pages are exported; links to the others keep their address, which
  // `resolve` below turns into the site's address or plain text.
  const exported = exportSite({
    target: 'notion',
    handbook,
    sections,
    linkBeyond: true,
    siteUrl: input.siteUrl,
    parsed: input.parsed,
  });
  const all = exportedPages(handbook);
  const inBooklet = all.filter((p) => p.route !== '/' && (!sections || sections.includes(p.section)));
  // The files the export gave the pages (unique even where two pages would want the same one).
  const fileOf = (page: { route: string }) => exported.fileOf.get(page.route)!;
  const byFile = new Map(all.map((p) => [fileOf(p), p]));
  const included = new Set(inBooklet.map((p) => p.route));

  const articles: string[] = [];
  const toc: string[] = [];
  const index: SearchSection[] = [];
  const termsOf = new Map(handbook.pages.map((p) => [p.route, p.searchTerms]));
  let section = '';
  for (const page of inBooklet) {
    const file = fileOf(page);
    const id = pageAnchor(page.route);
    const resolve = (url: string): LinkTarget => {
      if (/^https?:\/\//.test(url)) return { kind: 'external', url };
      if (url.startsWith('#')) return { kind: 'anchor', id: `${id}--${url.slice(1)}` };
      const [path, hash] = url.split('#') as [string, string | undefined];
      const target = byFile.get(STYLE.linkedFile(file, path));
      if (!target) return { kind: 'text' };
      const targetId = pageAnchor(target.route);
      if (included.has(target.route)) return { kind: 'anchor', id: hash ? `${targetId}--${hash}` : targetId };
      return input.siteUrl
        ? { kind: 'external', url: `${input.siteUrl}${target.route.slice(1)}${hash ? `#${hash}` : ''}` }
        : { kind: 'text' };
    };
    const rendered = pageHtml(exported.files.get(file)!, id, resolve);
    if (page.section !== section) {
      if (section) toc.push('</ol></li>');
      section = page.section;
      toc.push(`<li><span class="toc-section">${esc(sectionLabel(section as SectionId))}</span><ol>`);
    }
    toc.push(
      `<li><a href="#${id}">${esc(page.title)}</a>${
        rendered.headings.length
          ? `<ol>${rendered.headings.map((h) => `<li><a href="#${h.id}">${esc(h.text)}</a></li>`).join('')}</ol>`
          : ''
      }</li>`,
    );
    articles.push(
      `<article id="${id}-article" aria-labelledby="${id}">${rendered.html}${radars(handbook, page.route)}` +
        // A booklet is tens of thousands of pixels tall: each page ends with the way back.
        `<p class="to-contents"><a href="#toc-title">Back to contents</a></p></article>`,
    );
    // The words readers search with that the page does not use find it here too, as on the site.
    const terms = termsOf.get(page.route) ?? [];
    const [top, ...rest] = rendered.sections;
    index.push(...(top && terms.length ? [{ ...top, terms: terms.join(' ') }, ...rest] : rendered.sections));
  }
  if (section) toc.push('</ol></li>');

  const scope = sections
    ? sections.map((s) => sectionLabel(s as SectionId)).join(', ')
    : 'The whole handbook';
  const indexJson = scriptJson(index.map((s) => [s.id, s.title, s.text, ...(s.terms ? [s.terms] : [])]));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(`${scope} — ${input.name}`)}</title>
<style>${BOOKLET_CSS}</style>
</head>
<body>
<header class="cover">
<p class="cover-name">${esc(input.name)}</p>
<h1>${esc(scope)}</h1>
<p class="cover-facts">Offline booklet of ${inBooklet.length} pages · ${esc(input.date)}${input.version ? ` · version ${esc(input.version)}` : ''}</p>
<p class="cover-note">One file with everything in it: it works without a network, prints with each page on a new sheet, and the boxes in checklists can be ticked (they are not saved).</p>
<p class="cover-note">${CONTENT_FROM}, under <a href="${LICENCE.url}">${LICENCE.name}</a>: free to copy and adapt, with credit.</p>
</header>
<form class="search" role="search" hidden>
<label for="booklet-search">Search this booklet</label>
<input id="booklet-search" type="search" autocomplete="off">
<p class="search-status" role="status"></p>
<ol class="search-results"></ol>
</form>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>${toc.join('')}</ol>
</nav>
<main>
${articles.join('\n')}
</main>
<script type="application/json" id="booklet-index">${indexJson}</script>
<script>${BOOKLET_SEARCH_SCRIPT}</script>
</body>
</html>
`;
  return {
    html,
    pages: inBooklet.map((p) => ({ route: p.route, title: p.title, id: pageAnchor(p.route) })),
    indexBytes: Buffer.byteLength(indexJson),
  };
}

/** On a ladder's page: each level's ratings as an inline radar chart, as the site shows them. */
function radars(handbook: Handbook, route: string): string {
  const ladder = handbook.ladders.find((l) => ladderPaths.ladder(l.id) === route);
  if (!ladder) return '';
  const charts = ladder.levels.map((level) => {
    return `<figure class="radar-figure">${levelRadar(ladder, level)}<figcaption>${esc(level.title)}</figcaption></figure>`;
  });
  return `<h3>Each level at a glance</h3><div class="radars">${charts.join('')}</div>`;
}

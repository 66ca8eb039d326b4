import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, handbook, settings, SITE_DIST } from '../e2e/site';
import { derivedFor, routesOf } from '../../src/lib/handbook/model';
import { websiteOnlyText } from '../unit/lib/export/website-only';

/**
 * The build checks the links written in content files against the model (`linkProblems`). This
 * checks the built site as a whole: every internal link on every page — generated ladder pages
 * included — leads to a file the build produced and, when it names a `#fragment`, to an element
 * with that id; and the build made exactly the pages the model knows.
 *
 * The site is the one the settings describe (`dist/`, or HANDBOOK_E2E_DIST), and its pages
 * write their links under its base (`/handbook/…` in a fork that sets `base: /handbook/`), while
 * its files sit at the top of the output folder: links are read back as site paths first.
 */

/**
 * A root-relative link as a path of the site, without the base it was built with (`/hb/x/` →
 * `/x/`); undefined for a link outside the base, which leads nowhere once the site is served there.
 */
function sitePath(href: string, base = settings.base): string | undefined {
  if (base === '/') return href;
  if (href === base.slice(0, -1)) return '/';
  return href.startsWith(base) ? href.slice(base.length - 1) : undefined;
}

/** The file in dist/ that serves a site path, or undefined. */
function servedFile(path: string): string | undefined {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(SITE_DIST, clean, 'index.html')]
    : [join(SITE_DIST, clean), join(SITE_DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

const pages = existsSync(SITE_DIST) ? builtPages() : [];
/** Offline booklets are a whole section in one file by design, so only the site's pages have a size budget. */
const booklets = new Set(handbook.generated.filter((g) => g.kind === 'booklet').map((g) => g.route));

test('the site has been built', () => {
  expect(pages.length, 'run `npm run build` first').toBeGreaterThan(0);
});

test.skipIf(pages.length === 0)('the build made every address the model lists, and no other page', () => {
  // Starlight writes the 404 page as /404.html; the model knows it as the page /404/.
  const routes = [...handbook.routes].map((r) => (r === '/404/' ? '/404.html' : r));
  for (const route of routes) expect(servedFile(route), route).toBeDefined();
  const modelPages = routes.filter((r) => r.endsWith('/') || r.endsWith('.html'));
  expect([...pages].sort()).toEqual(modelPages.sort());
});

/** The ids of the elements of a built file, read once per file. */
const idsOf = (() => {
  const read = new Map<string, Set<string>>();
  return (file: string) => {
    let ids = read.get(file);
    if (!ids) {
      const html = readFileSync(file, 'utf8');
      ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeHtml(m[1]!)));
      read.set(file, ids);
    }
    return ids;
  };
})();

/** The few entities our HTML writes in attribute values. */
const decodeHtml = (text: string) =>
  text.replace(/&#(\d+);|&(amp|quot|lt|gt);/g, (all, code: string | undefined, name: string | undefined) =>
    code ? String.fromCodePoint(Number(code)) : ({ amp: '&', quot: '"', lt: '<', gt: '>' }[name!] ?? all),
  );

test.skipIf(pages.length === 0 || Boolean(settings.publicSite))('built with no site address, no page names a made-up one', () => {
  // The default build has no `site`: a canonical or og:url there would point every copy of the
  // site, wherever it is deployed, at a local address.
  const named = pages.filter((page) => {
    const html = readFileSync(servedFile(page)!, 'utf8');
    return /rel="canonical"|property="og:url"/.test(html);
  });
  expect(named).toEqual([]);
});

describe('every internal link in the built site resolves', () => {
  test.skipIf(pages.length === 0).each(pages.map((p) => [p]))('links on %s', (page) => {
    const self = servedFile(page)!;
    const html = readFileSync(self, 'utf8');
    const hrefs = [...html.matchAll(/\shref="([/#][^"]*)"/g)]
      .map((m) => decodeHtml(m[1]!))
      .filter((href) => !href.startsWith('//'));
    const broken = [...new Set(hrefs)].filter((href) => {
      const path = href.startsWith('#') ? href : sitePath(href);
      const file = path === undefined ? undefined : path.startsWith('#') ? self : servedFile(path);
      if (!file) return true;
      const fragment = href.split('#')[1];
      return Boolean(fragment) && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment!));
    });
    expect(broken).toEqual([]);
  });
});

describe('pages stay small however large the handbook grows', () => {
  /** The part of a page's HTML between two markers, or '' when a marker is missing. */
  const between = (html: string, open: string, close: string) => {
    const start = html.indexOf(open);
    const end = html.indexOf(close, start);
    return start === -1 || end === -1 ? '' : html.slice(start, end + close.length);
  };

  const sitePages = pages.filter((p) => !booklets.has(p));
  test.skipIf(sitePages.length === 0).each(sitePages.map((p) => [p]))('%s', (page) => {
    const html = readFileSync(servedFile(page)!, 'utf8');
    // The sidebar is what grows with the handbook: it lists the page's own section (a window
    // of it, in a very large section) and one link per other section.
    expect(between(html, '<sl-sidebar-pane', '</sl-sidebar-pane>').length, 'sidebar bytes').toBeLessThanOrEqual(
      SIDEBAR_BUDGET,
    );
    // Everything but the page's own article: head, header, sidebar, table of contents.
    const article = between(html, '<main', '</main>').length;
    expect(html.length - article, 'bytes around the article').toBeLessThanOrEqual(CHROME_BUDGET);
  });
});

/** Budgets set from the measurement (November 2026: sidebar ≤ 6.2 kB, around the article ≤ 36.5 kB). */
const SIDEBAR_BUDGET = 10 * 1024;
const CHROME_BUDGET = 45 * 1024;

test.skipIf(pages.length === 0)('every page can be reached from the home page by following links', () => {
  const seen = new Set(['/']);
  const queue = ['/'];
  while (queue.length > 0) {
    const page = queue.shift()!;
    const file = servedFile(page);
    if (!file?.endsWith('.html')) continue;
    for (const [, href] of readFileSync(file, 'utf8').matchAll(/\shref="(\/[^"#?]*)/g)) {
      const path = href!.startsWith('//') ? undefined : sitePath(href!);
      if (path === undefined || seen.has(path)) continue;
      seen.add(path);
      queue.push(path);
    }
  }
  const unreachable = pages.filter((p) => p !== '/404.html' && !seen.has(p));
  expect(unreachable).toEqual([]);
});

/**
 * A link inside running text (a paragraph or a list item) whose text ends in a space draws its
 * underline under that space ("what changes from Engineer to Senior engineer_"), and one that
 * starts with a space right after a word does the same before it. Astro keeps the line breaks
 * around text written on its own line inside `<a>`; write such text as one expression.
 */
test.skipIf(pages.length === 0)('no link in running text is underlined beyond its words', () => {
  const found: string[] = [];
  for (const page of pages) {
    const html = readFileSync(servedFile(page)!, 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const [block] of main.matchAll(/<(p|li)\b[^>]*>(?:(?!<\/?(?:p|li|ul|ol)\b).)*<\/\1>/gs)) {
      for (const link of block.matchAll(/<a\b[^>]*>((?:(?!<\/a>).)*)<\/a>/gs)) {
        const text = link[1]!.replace(/<[^>]*>/g, '');
        const before = block.slice(0, link.index).replace(/<[^>]*>/g, '');
        const after = block.slice(link.index! + link[0].length).replace(/<[^>]*>/g, '');
        // Spaces in a row are drawn as the first of them: inside the link when it ends in one.
        const trailing = /\s$/.test(text) && /\S/.test(after);
        const leading = /^\s/.test(text) && /\S$/.test(before);
        if (trailing || leading) found.push(`${page}: "${text.replace(/\s+/g, ' ')}"`);
      }
    }
  }
  expect([...new Set(found)]).toEqual([]);
});

/** A site path as the built pages write it: under the base the site was built with. */
const at = (path: string) => settings.base.replace(/\/$/, '') + path;

test.skipIf(pages.length === 0)('each next-level page links the readiness check for the level it leads to', () => {
  const next = routesOf(handbook, 'next');
  const withCheck = next.filter((r) => derivedFor(handbook, r.ladder.id, r.to.id).length > 0);
  expect(withCheck.length).toBeGreaterThan(0);
  for (const r of next) {
    const html = readFileSync(servedFile(r.route)!, 'utf8');
    for (const check of derivedFor(handbook, r.ladder.id, r.to.id))
      expect(html, r.route).toContain(`href="${at(check.route)}"`);
  }
  // The engineer's path on the home page starts at the ladders.
  expect(readFileSync(servedFile('/')!, 'utf8')).toContain(`href="${at('/ladders/')}"`);
});

test.skipIf(pages.length === 0)('no page skips a heading level on the way down (h1 then h3)', () => {
  const skips: string[] = [];
  for (const page of pages) {
    const html = readFileSync(servedFile(page)!, 'utf8');
    // Starlight writes the page's h1 outside <main>'s content; start from it.
    let previous = 1;
    for (const m of html.slice(html.indexOf('<main')).matchAll(/<h([1-6])\b/g)) {
      const level = Number(m[1]);
      if (level > previous + 1) skips.push(`${page}: h${previous} then h${level}`);
      previous = level;
    }
  }
  expect([...new Set(skips)]).toEqual([]);
});

/**
 * A line break between an inline element and the punctuation after it (Prettier splits long
 * lines of Astro there) is drawn as a space: "what changes from Staff to Principal , dimension".
 */
test.skipIf(pages.length === 0)('no space before punctuation after a link or other inline element', () => {
  const found: string[] = [];
  for (const page of pages) {
    const html = readFileSync(servedFile(page)!, 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const m of main.matchAll(/([^<>]{0,30})<\/(a|strong|em|code|span|time)>\s+[,.;:!?)](?=\s|<|$)/g))
      found.push(`${page}: "${m[1]!.trim()}…"`);
  }
  expect(found).toEqual([]);
});

test.skipIf(pages.length === 0)('the home page is called by the site’s name once; other pages add it after theirs', () => {
  const titleOf = (page: string) =>
    decodeHtml(/<title>([^<]*)<\/title>/.exec(readFileSync(servedFile(page)!, 'utf8'))?.[1] ?? '');
  const name = settings.config.name;
  expect(titleOf('/')).toBe(name);
  // …and described by the config's description (the term the home page's frontmatter uses).
  const home = readFileSync(servedFile('/')!, 'utf8');
  const description = /<meta name="description" content="([^"]*)"/.exec(home)?.[1];
  expect(decodeHtml(description ?? '')).toBe(settings.config.description);
  const guide = handbook.pages.find((p) => p.route === '/start/how-to-use/')!;
  expect(titleOf(guide.route)).toBe(`${guide.title} | ${name}`);
});

test.skipIf(pages.length === 0)('the site shows <OnTheWebsite> and each tool’s onTheWebsite line, and never <InExports>', () => {
  const textOf = (route: string) =>
    decodeHtml(readFileSync(servedFile(route)!, 'utf8')
        .replace(/<\/?(a|kbd|strong|em|code|span)\b[^>]*>/g, '')
        .replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  const blocks = websiteOnlyText(handbook);
  expect(blocks.some((b) => b.exports.length > 0)).toBe(true);
  for (const { route, website, exports } of blocks) {
    const text = textOf(route);
    for (const opening of website) expect(text, route).toContain(opening);
    for (const opening of exports) expect(text, route).not.toContain(opening);
  }
  for (const assessment of handbook.assessments.filter((a) => a.onTheWebsite))
    for (const p of handbook.pages.filter((p) => (p.text ?? p.body).includes(`<Assessment id="${assessment.id}"`)))
      expect(textOf(p.route), `${p.route}: ${assessment.id}`).toContain(assessment.onTheWebsite!.replace(/\s+/g, ' '));
});

test.skipIf(pages.length === 0)('the home page states the content licence, once; other pages carry no such line', () => {
  const licence = /<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="license">/;
  expect(readFileSync(servedFile('/')!, 'utf8').split(licence)).toHaveLength(2);
  // Not on every page: a line each would grow every page of a large handbook.
  const elsewhere = handbook.pages
    .filter((p) => p.route !== '/' && p.route !== '/404/')
    .filter((p) => licence.test(readFileSync(servedFile(p.route)!, 'utf8')))
    .map((p) => p.route);
  expect(elsewhere).toEqual([]);
});

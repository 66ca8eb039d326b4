// @ts-check
// What one built page weighs: its HTML, and the CSS and JS it loads, raw and gzip, with the
// JS split into the handbook's own and Starlight's (with Astro's and Expressive Code's).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipBytes } from './files.mjs';

/**
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {object} PageWeight
 * @property {string} route
 * @property {Size} html
 * @property {Size} css every stylesheet from /_astro/ the page links (print ones too) + inline <style>
 * @property {Size} js every script from /_astro/ the page loads, with their static imports, + inline <script>
 * @property {Size} jsOurs the part of `js` whose source is in src/components/
 * @property {Size} jsStarlight the rest: Starlight, Astro, Expressive Code
 * @property {string[]} ourFiles the chunks and inline scripts counted as ours
 * @property {string[]} files every /_astro/ file counted
 */

/**
 * What marks a script as the handbook's own. How we tell: Vite names the chunk of a
 * component's `<script>` after the component (`Assessment.astro_astro_type_script_index_0_lang.<hash>.js`)
 * and a shared module's chunk after the module (`local-storage.<hash>.js`). So a chunk is ours
 * when its name, without the hash, is a file in src/components/ that can produce one: an
 * `.astro` file with a bundled `<script>` (not `is:inline`, not a JSON `type`) or a `.ts`/`.js`
 * module. An override with the name of a Starlight component (our Search.astro wraps
 * Starlight's and has no script of its own) therefore does not claim Starlight's chunk. As a
 * second check, any chunk or inline script that defines one of our custom elements
 * (`customElements.define('handbook-…')`) is ours whatever its name.
 * @param {string} root the project root
 */
export function ownScriptMarks(root) {
  const dir = join(root, 'src', 'components');
  const names = new Set();
  const elements = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/customElements\.define\(\s*['"`]([a-z0-9-]+)/g))
      elements.add(match[1] ?? '');
    if (entry.name.endsWith('.astro')) {
      const bundled = [...text.matchAll(/<script\b([^>]*)>/g)].some(
        ([, attrs]) => !/is:inline|type=/.test(attrs ?? ''),
      );
      if (bundled) names.add(entry.name);
    } else if (/\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      names.add(entry.name.replace(/\.(ts|js|mjs)$/, ''));
    }
  }
  return { names, elements: [...elements] };
}

/**
 * The name a chunk had before Vite added its hash and script suffix.
 * @param {string} file e.g. `Assessment.astro_astro_type_script_index_0_lang.iA2YkxVt.js`
 */
function chunkStem(file) {
  return basename(file)
    .replace(/\.[A-Za-z0-9_-]+\.m?js$/, '')
    .replace(/_astro_type_script_index_\d+_lang$/, '');
}

/**
 * The attributes of an HTML start tag as a map (names lower-cased).
 * @param {string} attrs the text between the tag name and `>`
 */
function attributes(attrs) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [, name, a, b, c] of attrs.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    if (name) out[name.toLowerCase()] = a ?? b ?? c ?? '';
  }
  return out;
}

/** Inline script types that are data, not code (they are counted in the HTML only). */
const DATA_TYPES = /^(application\/(ld\+)?json|importmap|text\/template)$/i;

/**
 * Measures one built page.
 * @param {string} dist the built site
 * @param {string} route e.g. `/incidents/on-call/`
 * @param {{ names: Set<string>, elements: string[] }} marks from `ownScriptMarks`
 * @returns {PageWeight}
 */
export function pageWeight(dist, route, marks) {
  const htmlFile = join(dist, route, 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`${route} was not built (no ${htmlFile})`);
  const html = readFileSync(htmlFile, 'utf8');
  const isOurs = (/** @type {string} */ name, /** @type {string} */ text) =>
    marks.names.has(chunkStem(name)) ||
    marks.elements.some(
      (el) =>
        text.includes(`customElements.define("${el}"`) ||
        text.includes(`customElements.define('${el}'`) ||
        text.includes(`customElements.define(\`${el}\``),
    );

  /** @type {Set<string>} */
  const css = new Set();
  /** @type {Set<string>} */
  const js = new Set();
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/g)) {
    const a = attributes(attrs);
    if (!a.href?.startsWith('/_astro/')) continue;
    if (a.rel === 'stylesheet') css.add(a.href);
    if (a.rel === 'modulepreload') js.add(a.href);
  }
  let inlineJs = '';
  let inlineOurs = '';
  let inlineStyle = '';
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const a = attributes(attrs);
    if (a.src) {
      if (a.src.startsWith('/_astro/')) js.add(a.src);
    } else if (!DATA_TYPES.test(a.type ?? '')) {
      if (isOurs('', body)) inlineOurs += body;
      else inlineJs += body;
    }
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineStyle += body;

  // Follow the static imports of every script (`import{…}from"./x.js"`, `import"./x.js"`);
  // dynamic `import("./x.js")` (Pagefind's UI, loaded when search opens) is not page weight.
  /** @type {Map<string, string[]>} each script's static imports */
  const imports = new Map();
  /** @type {Map<string, string>} each script's text, read once */
  const texts = new Map();
  const queue = [...js];
  while (queue.length > 0) {
    const src = /** @type {string} */ (queue.pop());
    const file = join(dist, src);
    if (imports.has(src) || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    texts.set(src, text);
    const targets = [
      ...text.matchAll(/(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g),
    ].map(([, spec]) => posix.join(posix.dirname(src), spec ?? ''));
    imports.set(src, targets);
    for (const target of targets) {
      js.add(target);
      queue.push(target);
    }
  }
  // Our scripts are our islands' entries and everything they import: shared chunks such as
  // src/lib's helpers carry no name of a component, but the island cannot run without them
  // (the island-size test counts them the same way).
  /** @type {Set<string>} */
  const ourScripts = new Set();
  const reach = [...texts].filter(([src, text]) => isOurs(src, text)).map(([src]) => src);
  while (reach.length > 0) {
    const src = /** @type {string} */ (reach.pop());
    if (ourScripts.has(src)) continue;
    ourScripts.add(src);
    reach.push(...(imports.get(src) ?? []));
  }

  /** @param {Iterable<string>} srcs */
  const files = (srcs) =>
    [...srcs]
      .filter((src) => existsSync(join(dist, src)))
      .map((src) => ({ src, data: readFileSync(join(dist, src)) }));
  const sum = (/** @type {{ data: Buffer | string }[]} */ parts) =>
    parts.reduce(
      (acc, p) => ({
        raw: acc.raw + Buffer.byteLength(p.data),
        gzip: acc.gzip + (p.data.length ? gzipBytes(p.data) : 0),
      }),
      { raw: 0, gzip: 0 },
    );
  const cssFiles = files(css);
  const jsFiles = [...texts].map(([src, data]) => ({ src, data }));
  const ours = jsFiles.filter((f) => ourScripts.has(f.src));
  const theirs = jsFiles.filter((f) => !ours.includes(f));
  // Inline blocks are counted as one resource each kind (they travel inside the HTML, and are
  // also part of the HTML figure).
  const inline = (/** @type {string} */ text) => (text ? [{ data: text }] : []);
  const jsOurs = sum([...ours, ...inline(inlineOurs)]);
  const jsStarlight = sum([...theirs, ...inline(inlineJs)]);
  return {
    route,
    html: { raw: Buffer.byteLength(html), gzip: gzipBytes(html) },
    css: sum([...cssFiles, ...inline(inlineStyle)]),
    js: { raw: jsOurs.raw + jsStarlight.raw, gzip: jsOurs.gzip + jsStarlight.gzip },
    jsOurs,
    jsStarlight,
    ourFiles: [...ours.map((f) => basename(f.src)), ...(inlineOurs ? ['inline <script>'] : [])],
    files: [...cssFiles, ...jsFiles].map((f) => basename(f.src)),
  };
}

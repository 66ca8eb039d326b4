import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { VFileMessage } from 'vfile-message';
import type { VFile } from 'vfile';

/**
 * The parser features of a handbook page: MDX with YAML frontmatter, GFM tables and task lists,
 * and `:::` asides (container directives).
 *
 * Sätteri is Astro's own Markdown and MDX parser (native code, the one the site's build compiles
 * the pages with), so the export, the checks and the site read a page the same way. It builds the
 * same mdast as remark-parse with remark-mdx, remark-gfm, remark-frontmatter and remark-directive
 * (a test compares the two on every page of the handbook) in about a fortieth of the time, which
 * is most of what `handbook export` and the booklets spend.
 */
const FEATURES = { gfm: true, frontmatter: true, directive: true } as const;

/** Sätteri's error messages: `3:1: Unexpected character … (mdx-jsx:unexpected-character)`. */
const SATTERI_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/;

/**
 * Parses a page (its text, or a VFile holding it) into an mdast tree. Bad MDX throws a
 * VFileMessage with the line and column, as remark does, so every caller reports it the same
 * way (`file:line:column: reason`).
 */
export function parseMdx(page: string | VFile): Root {
  const text = typeof page === 'string' ? page : String(page.value);
  let tree: Root;
  try {
    tree = mdxToMdast(text, { features: FEATURES }) as Root;
  } catch (error) {
    throw pageMessage(error);
  }
  kept?.set(text, tree);
  return tree;
}

/** The trees `keepingParsed` is collecting, by page text; undefined the rest of the time. */
let kept: Map<string, Root> | undefined;

/**
 * Runs `run` and returns, with its result, every tree `parseMdx` made meanwhile, by the text it
 * parsed. An export runs `handbook check` first, which parses every page; the export then
 * transforms those same trees instead of parsing every page a second time (a sixth of the
 * check's cost). The check only reads its trees; the export is the one that changes them.
 */
export function keepingParsed<T>(run: () => T): { result: T; parsed: Map<string, Root> } {
  const outer = kept;
  const parsed = new Map<string, Root>();
  kept = parsed;
  try {
    return { result: run(), parsed };
  } finally {
    kept = outer;
  }
}

/** Parses plain GFM Markdown (an exported page: no MDX, no frontmatter) into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return markdownToMdast(text, { features: { gfm: true, frontmatter: false } }) as Root;
}

/** Sätteri's error as a VFileMessage at its place in the page; anything else unchanged. */
function pageMessage(error: unknown): unknown {
  const match = error instanceof Error ? SATTERI_ERROR.exec(error.message) : null;
  if (!match) return error;
  const [, line, column, reason, source, ruleId] = match;
  return new VFileMessage(reason!, {
    place: { line: Number(line), column: Number(column) },
    source: source ?? 'mdx',
    ruleId: ruleId ?? 'parse',
    cause: error as Error,
  });
}

/** A string attribute of a component (`id="on-call"`), or undefined (absent, or an `{expression}`). */
export function jsxAttribute(el: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const value = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

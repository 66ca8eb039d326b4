/**
 * The handbook's copyable templates, found where they are written: every ```markdown or ```text
 * block (the fence names it: ```markdown title="…" purpose="…") and every embedded checklist.
 * The Templates page, the export and the content check all read this one list, so a template
 * added to any page appears on the Templates page by itself.
 */
import type { Code, Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { AudienceId } from '../../schemas/audience';
import { jsxAttribute, parseMdx } from '../export/parse';
import { walk } from '../export/walk';
import { findChecklist, type Handbook, type Page } from '../handbook/model';
import { SECTIONS } from '../../schemas/sections';
import { embedTitle } from '../checklists/state';
import { headingText } from '../export/plugins/stray-directives';
import GithubSlugger from 'github-slugger';
import type { ContentProblem } from '../content-check/problem';

/** Fenced blocks in these languages are templates a reader copies; others (sh, yaml) are code. */
export const TEMPLATE_LANGUAGES = ['markdown', 'text'];

/** One template, with the page it sits on. */
export interface Template {
  title: string;
  /** One line: what the template is for. */
  purpose: string;
  kind: 'block' | 'checklist';
  /** The heading the template sits under, when there is one, and its id on the page. */
  heading?: string;
  anchor?: string;
  page: { route: string; title: string; section: string; audience: AudienceId[] };
  line: number;
}

/** `title="Design doc" purpose="Propose a change"` → its values (double quotes, as Expressive Code reads them). */
export function fenceMeta(meta: string | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(/([a-z]+)="([^"]*)"/g)) values[m[1]!] = m[2]!.trim();
  return values;
}

/** The templates of one page, in the order they appear, and the fences that are not registered. */
function scan(page: Pick<Page, 'route' | 'title' | 'section' | 'audience'>, tree: Root, handbook: Handbook) {
  const templates: Template[] = [];
  const unnamed: { line: number; missing: string[] }[] = [];
  let heading: string | undefined;
  let anchor: string | undefined;
  // Heading ids as the site makes them: every heading of the page, in order, through one slugger.
  const slugger = new GithubSlugger();
  const ref = { route: page.route, title: page.title, section: page.section, audience: page.audience };
  walk(tree, null, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      heading = headingText(node as Heading);
      anchor = slugger.slug(heading);
    }
    if (node.type === 'code') {
      const code = node as Code;
      if (!TEMPLATE_LANGUAGES.includes(code.lang ?? '')) return;
      const { title, purpose } = fenceMeta(code.meta);
      if (!title || !purpose) {
        unnamed.push({ line, missing: [...(title ? [] : ['title']), ...(purpose ? [] : ['purpose'])] });
        return;
      }
      templates.push({ title, purpose: sentence(purpose), kind: 'block', heading, anchor, page: ref, line });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (el.name !== 'Checklist') return;
      const checklist = findChecklist(handbook, jsxAttribute(el, 'id') ?? '');
      if (!checklist) return; // the reference check reports it
      const group = checklist.groups.find((g) => g.id === jsxAttribute(el, 'group'));
      templates.push({
        title: embedTitle(checklist.title, group?.title),
        purpose: sentence(checklist.description),
        kind: 'checklist',
        heading,
        anchor,
        page: ref,
        line,
      });
    }
  });
  return { templates, unnamed };
}

/** A purpose as a fragment the index can end with its own full stop. */
const sentence = (text: string) => text.trim().replace(/\.$/, '');

/** A problem for each ```markdown or ```text block without a title and a purpose on its fence. */
export function templateProblems(file: string, tree: Root, handbook: Handbook): ContentProblem[] {
  const page = { route: '', title: '', section: '', audience: [] };
  return scan(page, tree, handbook).unnamed.map(({ line, missing }) => ({
    file,
    line,
    message: `a copyable block needs ${missing.join(' and ')} on its fence, e.g. \`\`\`markdown title="Design doc template" purpose="Propose a change and get it decided", so the Templates page can list it`,
  }));
}

/** The templates of one page, from its parsed tree (before any transform changes it). */
export function pageTemplates(page: Page, tree: Root, handbook: Handbook): Template[] {
  return scan(page, tree, handbook).templates;
}

/**
 * Every template in the handbook, in reading order (pages as the model orders them).
 * @param known the templates of pages the caller has already scanned, by address (the export
 *   scans each page as it parses it, rather than parsing every page twice)
 */
export function templateIndex(handbook: Handbook, known?: Map<string, Template[]>): Template[] {
  if (!known && indexes.has(handbook)) return indexes.get(handbook)!;
  const templates = handbook.pages.flatMap(
    // The site's loader keeps only the body; the disk loader the whole file (for line numbers).
    (page) => known?.get(page.route) ?? pageTemplates(page, parseMdx(page.text ?? page.body), handbook),
  );
  if (!known) indexes.set(handbook, templates);
  return templates;
}

/**
 * Each model's index, made once: the Templates page's table of contents and its list both ask
 * for it while the page builds, and making it parses every page of the handbook.
 */
const indexes = new WeakMap<Handbook, Template[]>();

/** The index's sections, in the handbook's order: the heading id and label of each, with its templates. */
export function templateSections(templates: Template[]) {
  return SECTIONS.map((s) => ({
    id: `templates-${s.id}`,
    label: s.label,
    templates: templates.filter((t) => t.page.section === s.id),
  })).filter((s) => s.templates.length > 0);
}

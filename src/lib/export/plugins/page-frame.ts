import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { Transformer } from 'unified';
import { u } from 'unist-builder';
import type { VFile } from 'vfile';
import { stringify } from 'yaml';
import type { Source } from '../../../schemas/page';
import { list, listItem, paragraph, text } from '../mdast-builders';
import { ADAPTED_FROM, LICENCE } from '../../handbook/credit';
import { exportPageOf } from '../page-data';
import type { TargetStyle } from '../targets';

/** What frames a page in this target. */
export interface PageFrameOptions {
  /** The target's style: its frontmatter, if it keeps any. */
  style: TargetStyle;
}

/** One source as the site lists it: the title in italics (linked when it has a URL), author, note. */
function sourceLine(source: Source): PhrasingContent[] {
  const title = u('emphasis', [text(source.title)]);
  return [
    source.url ? u('link', { url: source.url }, [title]) : title,
    ...(source.author ? [text(`, ${source.author}`)] : []),
    ...(source.note ? [text(` — ${source.note}`)] : []),
  ];
}

/**
 * Replaces the handbook frontmatter with what the target expects (its own frontmatter, or an
 * H1 title), and appends the page's Sources, which the site renders from frontmatter, and the
 * licence's credit when the page is the handbook's.
 */
export default function pageFrame(options: PageFrameOptions): Transformer<Root> {
  return (tree: Root, file: VFile) => {
    const page = exportPageOf(file);
    // Frontmatter is a child of the root only.
    const body = tree.children.filter((node) => node.type !== 'yaml');
    const head: RootContent = options.style.frontmatter
      ? u('yaml', stringify(options.style.frontmatter(page, page.description)).trim())
      : u('heading', { depth: 1 as const }, [text(page.title)]);
    const sources: RootContent[] = page.sources.length
      ? [
          u('heading', { depth: 2 as const }, [text('Sources')]),
          list(page.sources.map((s) => listItem(sourceLine(s)))),
        ]
      : [];
    // The licence asks a copy to credit the work, link the licence and say it was changed.
    const credit: RootContent[] = page.credit
      ? [
          paragraph(
            u('emphasis', [
              text(`${ADAPTED_FROM}, under `),
              u('link', { url: LICENCE.url }, [text(LICENCE.name)]),
              text('.'),
            ]),
          ),
        ]
      : [];
    tree.children = [head, ...body, ...sources, ...credit];
  };
}

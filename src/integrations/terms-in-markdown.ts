import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { applyTerms, unknownTermMessage, type TermValues } from '../lib/config/terms';
import { frontmatterBlock } from '../lib/content-check/frontmatter';

/**
 * A Vite plugin that puts the team's terms into pages as they are compiled. Astro compiles an
 * MDX page from its file, not from the content collection's entry, so the terms the loader
 * applied (`layered-loader.ts`) must be applied here too, with the same function. Only the
 * body changes: Starlight reads the frontmatter from the collection. An unknown term fails
 * the build with the file and line.
 */
export function termsInMarkdown(layers: string[], terms: TermValues): Plugin {
  const docs = layers.map((layer) => resolve(layer, 'docs') + sep);
  return {
    name: 'handbook:terms-in-markdown',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.mdx?$/.test(file) || !docs.some((d) => file.startsWith(d))) return undefined;
      if (!code.includes('{{')) return undefined;
      const frontmatter = frontmatterBlock(code);
      const { text, unknown } = applyTerms(code.slice(frontmatter.length), terms);
      if (unknown[0]) {
        const line = unknown[0].line + frontmatter.split('\n').length - 1;
        this.error(`${relative(process.cwd(), file)}:${line}: ${unknownTermMessage(unknown[0].name)}`);
      }
      return { code: frontmatter + text, map: null };
    },
  };
}

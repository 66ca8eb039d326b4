import { dirname, relative, resolve, sep } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { applyTerms, applyTermsToData, unknownTermMessage, type TermValues } from '../lib/config/terms';
import { fileName } from '../lib/handbook/parse-content';
import { pageSlug } from '../lib/handbook/routes';

/**
 * A content collection read from every content layer (upstream's `content/`, then the fork's
 * `local/`), for `src/content.config.ts`. It is Astro's own `glob()` loader, given:
 * - one pattern per layer, from the folder that holds them all, and a negated pattern for each
 *   file this build leaves out (replaced by a later layer, internal in the public edition, in a
 *   section the config turns off) — the list comes from the model, read from disk;
 * - ids made from the path inside the layer, so a replacing page keeps the replaced one's address;
 * - the team's terms applied to each entry's data and body before anything reads them, with the
 *   terms in the digest, so changing a term refreshes the cached entries.
 * MDX bodies are compiled from the file, not from the entry: `termsInMarkdown` (a Vite plugin)
 * applies the same terms there.
 */
export function layeredCollection(options: {
  /** The content folders, in order (later wins), relative to the project root. */
  layers: string[];
  /** The folder inside each layer: `docs`, `ladders`, ... */
  folder: string;
  /** The files inside that folder, e.g. `**\/[^_]*.{md,mdx}`. */
  pattern: string;
  /** Files (paths from the project root) this build leaves out. */
  exclude: string[];
  terms: TermValues;
  /** How an entry is named from its path inside the folder. */
  id: 'page' | 'file';
}): Loader {
  const root = process.cwd();
  const folders = options.layers.map((layer) => resolve(root, layer, options.folder));
  const base = commonFolder(folders);
  const fromBase = (abs: string) => relative(base, abs).split(sep).join('/');
  const patterns = [
    ...folders.map((folder) => [fromBase(folder), options.pattern].filter(Boolean).join('/')),
    ...options.exclude.map((file) => `!${fromBase(resolve(root, file))}`),
  ];
  const inner = glob({
    base,
    pattern: patterns,
    generateId: ({ entry, data }) => {
      const folder = folders.find((f) => resolve(base, entry).startsWith(f + sep))!;
      const rel = relative(folder, resolve(base, entry)).split(sep).join('/');
      if (options.id === 'file') return fileName(rel);
      // Astro's own ids: the address without slashes, and `index` for the home page.
      return typeof data.slug === 'string' ? data.slug : pageSlug(rel) || 'index';
    },
  });
  const termsKey = JSON.stringify(options.terms);
  return {
    name: 'handbook-layered-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? data + termsKey : data),
        entryTypes: withTerms((context as WithEntryTypes).entryTypes, options.terms),
      } as LoaderContext),
  };
}

/**
 * How `glob()` reads a file: Astro hands every loader the entry types (Markdown, MDX, YAML) in
 * its context, though its public type leaves them out. Wrapping them is the one place the
 * terms reach what the content layer stores; checked against Astro 7.3's glob loader.
 */
interface EntryType {
  getEntryInfo(params: {
    contents: string;
    fileUrl: URL;
  }): Promise<{ data: Record<string, unknown>; body?: string }>;
}
type EntryTypes = Map<string, EntryType>;
type WithEntryTypes = LoaderContext & { entryTypes: EntryTypes };

/** Each entry type, with the terms applied to what it reads from a file. */
function withTerms(entryTypes: EntryTypes, terms: TermValues): EntryTypes {
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo: async (params: Parameters<EntryType['getEntryInfo']>[0]) => {
          const info = await type.getEntryInfo(params);
          const unknown: string[] = [];
          const data = applyTermsToData(info.data, terms, unknown);
          const body = info.body === undefined ? undefined : applyTerms(info.body, terms);
          const name = unknown[0] ?? body?.unknown[0]?.name;
          if (name)
            throw new Error(
              `${relative(process.cwd(), params.fileUrl.pathname)}: ${unknownTermMessage(name)}`,
            );
          return { ...info, data, ...(body ? { body: body.text } : {}) };
        },
      },
    ]),
  );
}

/** The deepest folder that holds all of `folders`. */
function commonFolder(folders: string[]): string {
  let common = folders[0]!;
  while (!folders.every((f) => f === common || f.startsWith(common.endsWith(sep) ? common : common + sep)))
    common = dirname(common);
  return common;
}

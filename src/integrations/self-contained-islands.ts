import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin (build only) that makes each island's script one self-contained file.
 *
 * The bundler puts code that two islands share (storage, share links, escaping) into shared
 * chunks, so the assessment page loaded four files of ours where one would do. No page holds
 * two kinds of island that share code in a way that pays for this: a reader downloads each
 * chunk once per page anyway, and separate files compress worse than one (the assessment's
 * 10,545 bytes gzip in four files were about 9,900 in one). So every module an island imports
 * from `src/` gets that island's name as a query: to the bundler the assessment's copy of
 * `local-storage.ts` is a different module from the checklist's, and lands in the
 * assessment's own file.
 */
export function selfContainedIslands(): Plugin {
  const src = resolve('src') + sep;
  // Astro's id for a component's script: `/…/Assessment.astro?astro&type=script&index=0&lang.ts`.
  const islandOf = (id: string | undefined): string | undefined => {
    if (!id?.startsWith(src)) return undefined;
    const own = /[?&]island=([\w-]+)/.exec(id);
    if (own) return own[1];
    const script = /\/([\w-]+)\.astro\?astro&type=script/.exec(id);
    return script?.[1];
  };
  return {
    name: 'handbook:self-contained-islands',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const island = islandOf(importer);
      if (!island || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(src) || resolved.id.includes('?'))
        return resolved;
      return { ...resolved, id: `${resolved.id}?island=${island}` };
    },
  };
}

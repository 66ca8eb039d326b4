import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

/**
 * starlight-links-validator, pointed at our top-level `content/docs`.
 *
 * The validator finds pages by assuming they live in `<srcDir>/content/docs`. Ours live in
 * `<project>/content/docs` (top-level on purpose, so forks edit content without touching code),
 * so the validator is handed a config whose `srcDir` is the folder that holds `content/`.
 * Nothing else in the build sees that changed value.
 *
 * @param contentDir the content root, e.g. `./content` (its folder name must be `content`)
 * @param generatedRoutes the addresses the site generates from data (the model's routes)
 */
export function validateLinks(contentDir: string, generatedRoutes: string[]): StarlightPlugin {
  const plugin = starlightLinksValidator({
    errorOnRelativeLinks: true,
    errorOnInvalidHashes: true,
    // The validator knows only content pages. Links to the generated pages that exist are
    // accepted here; a link to a generated address that does not exist still fails. The
    // built-links content test checks every link of the built site, headings included.
    exclude: generatedRoutes,
  });
  const contentParent = pathToFileURL(dirname(resolve(contentDir)) + '/');
  return {
    name: plugin.name,
    hooks: {
      'config:setup'(params) {
        const astroConfig = { ...params.astroConfig, srcDir: contentParent };
        return plugin.hooks['config:setup']?.({ ...params, astroConfig });
      },
    },
  };
}

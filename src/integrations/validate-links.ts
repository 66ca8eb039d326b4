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
 */
export function validateLinks(contentDir: string): StarlightPlugin {
  const plugin = starlightLinksValidator({
    errorOnRelativeLinks: true,
    errorOnInvalidHashes: true,
    // Generated pages (src/pages) cannot be checked by the validator; the built-links content
    // test checks every link in the built site instead, these included.
    exclude: ['/ladders/', '/ladders/**/*', '/assessments/promotion-readiness/**/*'],
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

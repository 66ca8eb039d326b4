import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import type { Settings } from '../config/settings';
import type { Handbook } from '../lib/handbook/model';
import { linkProblems } from '../lib/content-check/references';
import { formatProblem } from '../lib/content-check/problem';

/**
 * A link to a page or heading that does not exist fails the build, naming the file.
 *
 * Before anything is built, links to pages this edition leaves out fail with the reason
 * (internal, or a section turned off). Then:
 * - upstream's layout (one content folder, served from `/`): starlight-links-validator checks
 *   every link and heading as pages render;
 * - a fork with `local/` pages, or a site under a sub-path: the validator can do neither (it
 *   finds pages only in one `content/docs`, and wants links written with the base, which the
 *   handbook adds itself), so the model checks every link to a page here instead. Links to
 *   headings are then checked by the tests of the built site.
 */
export function linkChecks(settings: Settings, handbook: Handbook): StarlightPlugin[] {
  const simple = settings.layers.length === 1 && settings.base === '/';
  const problems = linkProblems(handbook, simple);
  if (problems.length > 0) throw new Error(`\n${problems.map(formatProblem).join('\n')}`);
  return simple
    ? [
        validateLinks(
          settings.layers[0]!,
          handbook.generated.map((g) => g.route),
        ),
      ]
    : [];
}

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
function validateLinks(contentDir: string, generatedRoutes: string[]): StarlightPlugin {
  const generated = new Set(generatedRoutes);
  const plugin = starlightLinksValidator({
    errorOnRelativeLinks: true,
    errorOnInvalidHashes: true,
    // The validator knows only content pages. Links to the generated pages that exist are
    // accepted here; a link to a generated address that does not exist still fails. The
    // built-links content test checks every link of the built site, headings included.
    // A function, not the list: given a list, the validator compiles it as glob patterns again
    // for every link, which took seconds on a large handbook.
    exclude: ({ link }) => generated.has(link.split('?')[0]!),
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

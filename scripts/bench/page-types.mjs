// @ts-check
// One page of each type of the real handbook, taken from the handbook's model.
import { importSource } from './source.mjs';
import { join } from 'node:path';

/** The page of each type measured when the model offers it (stable addresses). */
export const PREFERRED = {
  home: '/',
  guide: '/incidents/on-call/',
  'ladder level': '/ladders/ic-engineering/senior/',
  compare: '/ladders/ic-engineering/compare/mid-vs-staff/',
  assessment: '/management/burnout-and-sustainability/',
  checklist: '/incidents/incident-commander/',
};

/**
 * @typedef {object} PageType
 * @property {string} type
 * @property {string} route
 */

/**
 * The page types and one address for each. Reads the handbook's model from `content/` (through
 * bin/ts-resolve.mjs, as bin/handbook.mjs does): the preferred address when the model has it,
 * otherwise the first page of that type (a guide has no component; an assessment page embeds
 * `<Assessment>`; a checklist page embeds `<Checklist>` and no assessment). Falls back to the
 * preferred addresses if the model cannot be loaded, and says so.
 * @param {string} root the project root
 * @returns {Promise<{ pages: PageType[], from: string }>}
 */
export async function pageTypes(root) {
  try {
    const { loadHandbookFromDisk } = await importSource('src/config/read-content.ts');
    /** @type {{ handbook: { pages: { route: string, body: string, inSidebar: boolean }[], generated: { kind: string, route: string }[] } }} */
    const { handbook } = loadHandbookFromDisk(join(root, 'content'), root);
    const has = (/** @type {string} */ body, /** @type {string} */ tag) => body.includes(`<${tag}`);
    /** @type {Record<string, string[]>} */
    const candidates = {
      home: handbook.pages.filter((p) => p.route === '/').map((p) => p.route),
      guide: handbook.pages
        .filter((p) => p.inSidebar && !has(p.body, 'Assessment') && !has(p.body, 'Checklist'))
        .map((p) => p.route),
      'ladder level': handbook.generated.filter((g) => g.kind === 'level').map((g) => g.route),
      compare: handbook.generated.filter((g) => g.kind === 'compare').map((g) => g.route),
      assessment: handbook.pages.filter((p) => has(p.body, 'Assessment')).map((p) => p.route),
      checklist: handbook.pages
        .filter((p) => has(p.body, 'Checklist') && !has(p.body, 'Assessment'))
        .map((p) => p.route),
    };
    const pages = Object.entries(PREFERRED).map(([type, preferred]) => {
      const routes = candidates[type] ?? [];
      const route = routes.includes(preferred) ? preferred : routes[0];
      if (!route) throw new Error(`the handbook has no ${type} page`);
      return { type, route };
    });
    return { pages, from: 'the handbook model' };
  } catch (error) {
    return {
      pages: Object.entries(PREFERRED).map(([type, route]) => ({ type, route })),
      from: `fixed addresses (the model did not load: ${/** @type {Error} */ (error).message.split('\n')[0]})`,
    };
  }
}

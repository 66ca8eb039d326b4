import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadHandbook } from '../../data/handbook';
import { templateIndex, templateSections } from '../../lib/templates/templates';

/**
 * Starlight route middleware: "On this page" of the page that shows <TemplateIndex /> lists
 * the index's sections too. Starlight builds the list from the Markdown's own headings, and
 * the index's headings come from the component, so without this the longest page of the
 * handbook had a table of contents of two entries.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const body = route.entry.body ?? '';
  const at = body.indexOf('<TemplateIndex');
  if (!route.toc || at < 0) return;
  // The same model and index the page's <TemplateIndex /> lists, made once for both.
  const sections = templateSections(templateIndex(await loadHandbook()));
  // The page's own top-level headings after the component stay after its sections.
  const after = (body.slice(at).match(/^## /gm) ?? []).length;
  const items = route.toc.items;
  items.splice(
    items.length - after,
    0,
    ...sections.map((s) => ({ depth: 2, slug: s.id, text: s.label, children: [] })),
  );
});

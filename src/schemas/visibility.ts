import { z } from 'astro/zod';

/**
 * Who may read a page or a data file. `internal` content is left out of the public edition
 * (`HANDBOOK_VISIBILITY=public npm run build`): its HTML, the sidebar, search and every export.
 */
export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VisibilitySchema = z
  .enum(VISIBILITIES, { error: `visibility is public (the default) or internal` })
  .default('public');

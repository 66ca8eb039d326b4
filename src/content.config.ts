import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { HandbookPageSchema } from './schemas/page';
import { LadderSchema } from './schemas/ladder';
import { ChecklistSchema } from './schemas/checklist';
import { AssessmentSchema } from './schemas/assessment';
import { TableSchema } from './schemas/table';
import { layeredCollection } from './config/layered-loader';
import { siteBuild } from './config/site-build';
import { termValues } from './lib/config/terms';

const { settings, excluded } = siteBuild();

/** A collection read from `content/` and the fork's `local/` (files starting with _ are drafts). */
const layered = (folder: string, pattern: string, id: 'page' | 'file') =>
  layeredCollection({
    layers: settings.layers,
    folder,
    pattern,
    exclude: excluded,
    terms: termValues(settings.config),
    id,
  });

export const collections = {
  // Playbooks and guides: Starlight's docs collection, read from top-level content/docs (and
  // local/docs) so a team forking the handbook edits content without touching code.
  docs: defineCollection({
    loader: layered('docs', '**/[^_]*.{md,mdx}', 'page'),
    schema: docsSchema({ extend: HandbookPageSchema }),
  }),
  ladders: defineCollection({ loader: layered('ladders', '[^_]*.{yaml,yml}', 'file'), schema: LadderSchema }),
  assessments: defineCollection({
    loader: layered('assessments', '[^_]*.{yaml,yml}', 'file'),
    schema: AssessmentSchema,
  }),
  checklists: defineCollection({
    loader: layered('checklists', '[^_]*.{yaml,yml}', 'file'),
    schema: ChecklistSchema,
  }),
  tables: defineCollection({ loader: layered('tables', '[^_]*.{yaml,yml}', 'file'), schema: TableSchema }),
};

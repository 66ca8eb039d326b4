import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { HandbookPageSchema } from './schemas/page';
import { LadderSchema } from './schemas/ladder';
import { ChecklistSchema } from './schemas/checklist';
import { AssessmentSchema } from './schemas/assessment';
import { contentRoot } from './config/content-root';

const root = contentRoot();

/** The loader for a folder of YAML data files in `content/` (files starting with _ are drafts). */
function yamlFolder(folder: string) {
  return glob({ base: `${root}/${folder}`, pattern: '[^_]*.{yaml,yml}' });
}

export const collections = {
  // Playbooks and guides: Starlight's docs collection, read from top-level content/docs so a
  // team forking the handbook edits content/ without touching code. Files starting with _ are drafts.
  docs: defineCollection({
    loader: glob({ base: `${root}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: HandbookPageSchema }),
  }),
  ladders: defineCollection({ loader: yamlFolder('ladders'), schema: LadderSchema }),
  assessments: defineCollection({ loader: yamlFolder('assessments'), schema: AssessmentSchema }),
  checklists: defineCollection({ loader: yamlFolder('checklists'), schema: ChecklistSchema }),
};

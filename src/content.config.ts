import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { HandbookPageSchema } from './schemas/page';
import { DataFileSchema } from './schemas/data-file';
import { contentRoot } from './lib/content-root';

const root = contentRoot();

/** A collection of YAML data files in one folder of `content/`. */
function yamlFolder(folder: string) {
  return defineCollection({
    loader: glob({ base: `${root}/${folder}`, pattern: '[^_]*.{yaml,yml}' }),
    schema: DataFileSchema,
  });
}

export const collections = {
  // Playbooks and guides: Starlight's docs collection, read from top-level content/docs so a
  // team forking the handbook edits content/ without touching code. Files starting with _ are drafts.
  docs: defineCollection({
    loader: glob({ base: `${root}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: HandbookPageSchema }),
  }),
  ladders: yamlFolder('ladders'),
  assessments: yamlFolder('assessments'),
  checklists: yamlFolder('checklists'),
};

import { stringify } from 'yaml';
import { buildHandbook, type Handbook } from '../../../src/lib/handbook/model';
import { parseContent } from '../../../src/lib/handbook/parse-content';
import type { ContentFiles } from '../../../src/lib/handbook/raw-content';

/** A page file as a test writes it: its path in content/docs and its whole text. */
export interface FixturePage {
  rel: string;
  text: string;
}

/**
 * Content files for a test: pages by their path in content/docs, data files as objects (written
 * out as YAML, named by their id). Everything goes through the same parser as the real files.
 */
export function contentFiles(input: {
  pages?: FixturePage[];
  ladders?: object[];
  assessments?: object[];
  checklists?: object[];
  tables?: object[];
  levelTitles?: object;
}): ContentFiles {
  const data = (folder: string, items: object[] = []) =>
    items.map((item) => ({
      file: `content/${folder}/${(item as { id?: string }).id ?? 'unnamed'}.yaml`,
      text: stringify(item),
    }));
  return {
    pages: (input.pages ?? []).map((p) => ({ file: `content/docs/${p.rel}`, rel: p.rel, text: p.text })),
    ladders: data('ladders', input.ladders),
    assessments: data('assessments', input.assessments),
    checklists: data('checklists', input.checklists),
    tables: data('tables', input.tables),
    levelTitles: input.levelTitles
      ? { file: 'content/level-titles.yaml', text: stringify(input.levelTitles) }
      : undefined,
  };
}

/** The handbook made from test content; throws if the content has schema problems. */
export function handbookOf(input: Parameters<typeof contentFiles>[0]): Handbook {
  const parsed = parseContent(contentFiles(input));
  if (parsed.problems.length > 0)
    throw new Error(parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return buildHandbook(parsed.raw).handbook;
}

/** A page's text with valid handbook frontmatter, for tests that care about the body. */
export function pageText(title: string, section: string, body: string, extra = ''): string {
  return `---\ntitle: ${title}\naudience: [engineer]\nsection: ${section}\nlastReviewed: 2026-11-01\nsources: []\n${extra}---\n\n${body}`;
}

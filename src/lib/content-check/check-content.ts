import { parseMdx } from '../export/parse';
import { buildHandbook, type Handbook } from '../handbook/model';
import { parseContent } from '../handbook/parse-content';
import type { ContentFiles } from '../handbook/raw-content';
import { defaultOptions, type HandbookOptions } from '../handbook/options';
import { termValues } from '../config/terms';
import type { ContentProblem } from './problem';
import { linkProblems, referenceProblems } from './references';
import { pageLinks, type PageLinks } from './links';
import { templateProblems } from '../templates/templates';

/**
 * Every content rule, over every file: each file against its schema, the model's rules across
 * files, the kind rules of each page, every internal link and embedded component, and that the
 * exporter can parse each page. `npx handbook check` and the content tests run exactly this;
 * the build runs the same schemas and the same model.
 */
export function checkContent(
  files: ContentFiles,
  options: HandbookOptions = defaultOptions(),
): { problems: ContentProblem[]; handbook: Handbook } {
  const parsed = parseContent(files, termValues(options.config));
  const built = buildHandbook(parsed.raw, options);
  const problems = [...parsed.problems, ...built.problems, ...built.warnings];
  // The pages this edition publishes, with the team's terms in their text.
  const links = new Map<string, PageLinks>();
  for (const page of built.handbook.pages) {
    if (page.text === undefined) continue;
    try {
      const tree = parseMdx(page.text);
      links.set(page.route, pageLinks(tree));
      problems.push(...referenceProblems(page.file, tree, built.handbook));
      problems.push(...templateProblems(page.file, tree, built.handbook));
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problems.push({
        file: page.file,
        line: e.line ?? 1,
        message: `the exporter cannot parse this page: ${e.reason ?? e.message}`,
      });
    }
  }
  problems.push(...linkProblems(built.handbook, links));
  return { problems: sortProblems(problems), handbook: built.handbook };
}

/** Problems by file, then line, each reported once. */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}:${p.line}:${p.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

import type { z } from 'astro/zod';
import { visit } from 'unist-util-visit';
import { UserError, type Context } from '../context';
import { messages } from '../messages';
import { checkPage } from '../../lib/content-check/page';
import { checkDataFile } from '../../lib/content-check/data-file';
import type { ContentProblem } from '../../lib/content-check/frontmatter';
import { LadderSchema } from '../../schemas/ladder';
import { ChecklistSchema } from '../../schemas/checklist';
import { AssessmentSchema } from '../../schemas/assessment';
import { parseMdx } from '../../lib/export/parse';
import { dataFiles, generatedRoutes, loadData, pageFiles } from '../content-files';

const DATA: [string, z.ZodType][] = [
  ['ladders', LadderSchema],
  ['checklists', ChecklistSchema],
  ['assessments', AssessmentSchema],
];

/**
 * `handbook check`: every page's frontmatter and length rules, every data file, every internal
 * link and component reference, and that the exporter parses every page.
 */
export function checkCommand(ctx: Context) {
  const problems: ContentProblem[] = [];
  const pages = pageFiles(ctx.root);
  const data = loadData(ctx.root);
  for (const [folder, schema] of DATA) {
    for (const { file, text } of dataFiles(ctx.root, folder))
      problems.push(...checkDataFile(file, text, schema));
  }
  const routes = new Set([...pages.map((p) => p.route), ...generatedRoutes(data)]);
  const ids = {
    Checklist: new Set(data.checklists.map((c) => c.id)),
    Assessment: new Set([
      ...data.assessments.filter((a) => !a.fromLadder).map((a) => a.id),
      ...[...routes]
        .filter((r) => r.startsWith('/assessments/') && r.split('/').length === 5)
        .map((r) => r.split('/').slice(2, 4).join('-')),
    ]),
  };
  for (const page of pages) {
    problems.push(...checkPage(page.file, page.rel, page.text));
    let tree;
    try {
      tree = parseMdx(page.text);
    } catch (error) {
      const e = error as { line?: number; reason?: string; message: string };
      problems.push({
        file: page.file,
        line: e.line ?? 1,
        message: `the exporter cannot parse this page: ${e.reason ?? e.message}`,
      });
      continue;
    }
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'link') {
        const url = (node as { url: string }).url;
        if (url.startsWith('/') && !url.startsWith('//')) {
          const path = url.split('#')[0]!.split('?')[0]!;
          const route = path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`;
          if (!routes.has(route))
            problems.push({
              file: page.file,
              line,
              message: `link to ${url}: no such page. Check the path, or run "npm run build" to see every page.`,
            });
        }
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const el = node as { name?: string; attributes: { name?: string; value?: unknown }[] };
        const kind = el.name as keyof typeof ids;
        const id = el.attributes.find((a) => a.name === 'id')?.value;
        if (ids[kind] && typeof id === 'string' && !ids[kind].has(id)) {
          problems.push({
            file: page.file,
            line,
            message: `<${kind} id="${id}" />: no such ${kind.toLowerCase()}. Known: ${[...ids[kind]].sort().join(', ')}`,
          });
        }
      }
    });
  }
  const files = pages.length + DATA.reduce((n, [folder]) => n + dataFiles(ctx.root, folder).length, 0);
  if (ctx.json) ctx.out(JSON.stringify({ ok: problems.length === 0, files, problems }));
  else {
    for (const p of problems) ctx.out(`${p.file}:${p.line}: ${p.message}`);
    (problems.length ? ctx.err : ctx.out)(
      problems.length ? messages.checkFailed(problems.length, files) : messages.checkOk(files),
    );
  }
  if (problems.length > 0) throw new UserError('', { cause: 'reported' });
}

import { describe, expect, test } from 'vitest';
import { PLACEHOLDERS, placeholderProblems } from '../../src/cli/placeholders';
import { assessment, checklist, ladder, playbookPage, runbookPage } from '../../src/cli/templates';
import { readContentFiles } from '../../src/config/read-content';
import { CONTENT, ROOT } from '../paths';

const loadHandbookFiles = () => readContentFiles(CONTENT, ROOT);

/** `handbook check` finds the text the scaffolds leave for the author to replace, and only that. */
const names = {
  slug: 'on-call-handover',
  title: 'On-call handover',
  section: 'incidents',
  today: '2026-11-28',
};
const scaffolds = JSON.stringify([
  playbookPage(names),
  runbookPage(names),
  checklist(names),
  assessment(names),
  ladder(names),
]);

describe('scaffold placeholders', () => {
  test.each(PLACEHOLDERS)('“%s” is text a scaffold writes', (placeholder) => {
    expect(scaffolds).toContain(JSON.stringify(placeholder).slice(1, -1));
  });

  test('the handbook’s own content has none', () => {
    expect(placeholderProblems(loadHandbookFiles())).toEqual([]);
  });

  test('a file that kept some is one problem, at the first such line, counting the others', () => {
    const text =
      'id: x\ntitle: X\ngroups:\n  - title: First — rename this group\n    items:\n      - text: The first thing to do, as a short instruction.\n';
    const files = { ...loadHandbookFiles(), checklists: [{ file: 'content/checklists/x.yaml', text }] };
    expect(placeholderProblems(files)).toEqual([
      {
        file: 'content/checklists/x.yaml',
        line: 4,
        message:
          'this line (and 1 more line) is still the text "npx handbook new" wrote for you to replace: "- title: First — rename this group"; write your own in its place',
      },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { unresolvedLinks } from '../../../../src/lib/export/link-check';

/**
 * The export's last check of its own output: a link that leads to no exported file is the
 * exporter's bug, and it must be found however the link is written.
 */
describe('unresolvedLinks', () => {
  const files = (page: string) =>
    new Map([
      ['incidents/on-call.md', page],
      ['incidents/postmortem.md', '# Postmortems\n'],
    ]);

  test('links that lead to an exported file, or off the export, pass', () => {
    const page =
      '[Postmortems](postmortem.md#timeline), [web](https://example.com), [here](#top)\n\n[pm]: postmortem.md\n';
    expect(unresolvedLinks('gfm', files(page))).toEqual([]);
  });

  test('an inline link and a reference definition that lead nowhere are both named', () => {
    const page =
      'See [SLOs](/incidents/slos/).\n\n[pm]: /incidents/postmortem/\n  [x]: <missing.md> "Title"\n';
    expect(unresolvedLinks('gfm', files(page))).toEqual([
      'incidents/on-call.md: /incidents/slos/',
      'incidents/on-call.md: /incidents/postmortem/',
      'incidents/on-call.md: missing.md',
    ]);
  });
});

describe('unresolvedLinks leaves code alone', () => {
  test('a link shown in a code block or in inline code is no link; one beside them still counts', () => {
    const page = [
      'Write `[feedback](/management/feedback/)` in your doc.',
      '',
      '```markdown',
      'See [feedback](/management/feedback/) and [[nowhere|x]].',
      '```',
      '',
      '- item',
      '',
      '  ~~~',
      '  [pm]: /incidents/postmortem/',
      '  ~~~',
      '',
      'But [this](/incidents/slos/) is one.',
      '',
    ].join('\n');
    expect(unresolvedLinks('gfm', new Map([['incidents/on-call.md', page]]))).toEqual([
      'incidents/on-call.md: /incidents/slos/',
    ]);
  });

  test('an Obsidian wikilink in a table, its pipe escaped, is followed to its page', () => {
    const files = new Map([
      [
        'start/home.md',
        '| Page |\n| --- |\n| [[incidents/on-call\\|On call]] |\n| [[incidents/gone\\|Gone]] |\n',
      ],
      ['incidents/on-call.md', '# On call\n'],
    ]);
    expect(unresolvedLinks('obsidian', files)).toEqual(['start/home.md: [[incidents/gone]]']);
  });
});

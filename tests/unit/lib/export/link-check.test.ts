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

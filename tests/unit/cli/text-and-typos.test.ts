import { describe, expect, test } from 'vitest';
import type { Node, Parent } from 'mdast';
import { parseMdx } from '../../../src/lib/export/parse';
import { fenceAttribute, fenceFor, inlineText } from '../../../src/cli/templates';
import { closest } from '../../../src/cli/options';

/** The text of every paragraph and table cell of an MDX page, read by the parser the build uses. */
function blocks(page: string): string[] {
  const text = (node: Node): string =>
    'value' in node
      ? String(node.value)
      : 'children' in node
        ? (node as Parent).children.map(text).join('')
        : '';
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') found.push(text(node));
    if ('children' in node) (node as Parent).children.forEach(walk);
  };
  walk(parseMdx(page));
  return found;
}

describe('user text in the pages the CLI writes', () => {
  test('inlineText: "<", "{", "}" and "|" show as typed in MDX, in a paragraph and in a table cell', () => {
    const name = 'Rosa <Diaz> {B} | C & `d` *e*';
    const page = `Manager: ${inlineText(name)}\n\n| A | B |\n| --- | --- |\n| x | with ${inlineText(name)} |\n`;
    // Two cells in the row: the "|" in the name did not split it.
    expect(blocks(page)).toEqual([`Manager: ${name}`, 'A', 'B', 'x', `with ${name}`]);
  });

  test('without escaping, the same name breaks the page (so the test above can fail)', () => {
    expect(() => parseMdx('Manager: Rosa <Diaz>\n')).toThrow(/closing tag/);
  });

  test('inlineText keeps one line: a line break cannot start a heading or a list', () => {
    expect(inlineText('  Pay\n# ments  ')).toBe('Pay # ments');
  });

  test('fenceAttribute: no double quote to end title="…" early, no backtick after a backtick fence', () => {
    expect(fenceAttribute('The "big" `one`')).toBe("The 'big' 'one'");
  });

  test('fenceFor is longer than any run of backticks in the text, and at least the length asked', () => {
    expect(fenceFor('no ticks', 4)).toBe('````');
    expect(fenceFor('has ````` five', 4)).toBe('``````');
    expect(fenceFor('one ` tick')).toBe('```');
  });
});

describe('closest: "did you mean" for a mistyped command or flag', () => {
  test('suggests the one-letter slips, swaps and misses', () => {
    const commands = ['new', 'plan', 'export', 'packet', 'check'];
    expect(closest('expor', commands)).toBe('export');
    expect(closest('chekc', commands)).toBe('check');
    expect(closest('--taget', ['--target', '--out', '--section'])).toBe('--target');
    expect(closest('--stael', ['--stale', '--strict'])).toBe('--stale');
  });

  test('suggests nothing for an unrelated word or an exact match', () => {
    expect(closest('publish', ['new', 'plan', 'export', 'packet', 'check'])).toBeUndefined();
    expect(closest('--colour', ['--role', '--start', '--team'])).toBeUndefined();
    expect(closest('plan', ['plan'])).toBeUndefined();
  });
});

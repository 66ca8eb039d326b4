import { describe, expect, test } from 'vitest';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { SKIP, walk } from '../../../../src/lib/export/walk';
import { parseMdx } from '../../../../src/lib/export/parse';

const PAGE = `---
title: T
---

import Card from 'x';

# Title {1 + 1}

A [link](/a/) with *emphasis and [another](/b/)*.

:::tip[Note]
- one [three](/c/)
- two
  :::note
  Nested.
  :::
:::

<Card title="c">Inside [four](/d/).</Card>
`;

describe('walk', () => {
  test('visits the nodes unist-util-visit visits, in the same order (below the root)', () => {
    const tree = parseMdx(PAGE);
    const ours: string[] = [];
    walk(tree, null, (node, index, parent) => {
      ours.push(`${parent.type}>${index}:${node.type}`);
      return undefined;
    });
    const theirs: string[] = [];
    visit(tree, (node, index, parent) => {
      if (parent) theirs.push(`${parent.type}>${index}:${node.type}`);
    });
    expect(ours).toEqual(theirs);
    expect(ours.length).toBeGreaterThan(20);
  });

  test('only the nodes of the given types, when given', () => {
    const urls: string[] = [];
    walk<{ type: 'link'; url: string } & RootContent>(parseMdx(PAGE), 'link', (link) => {
      urls.push(link.url);
      return undefined;
    });
    expect(urls).toEqual(['/a/', '/b/', '/c/', '/d/']);
  });

  test('a replacement spliced in is visited in its turn when the visitor goes on at its index', () => {
    const tree = parseMdx(PAGE) as Root;
    const seen: string[] = [];
    // Unwrap every container directive: the nested aside comes up into the list item, then is unwrapped too.
    walk(tree, null, (node, index, parent) => {
      seen.push(node.type);
      if (node.type !== 'containerDirective') return undefined;
      parent.children.splice(index, 1, ...(node.children as RootContent[]));
      return [SKIP, index];
    });
    expect(seen.filter((t) => t === 'containerDirective')).toHaveLength(2);
    const left: string[] = [];
    visit(tree, 'containerDirective', (node) => {
      left.push(node.type);
    });
    expect(left).toEqual([]);
  });

  test('going on past a replacement does not visit it', () => {
    const tree = parseMdx('A [link](/a/) and [another](/b/).\n');
    const visited: string[] = [];
    walk(tree, null, (node, index, parent) => {
      visited.push(node.type);
      if (node.type !== 'link') return undefined;
      parent.children.splice(index, 1, { type: 'html', value: '[[x]]' });
      return [SKIP, index + 1];
    });
    expect(visited).toEqual(['paragraph', 'text', 'link', 'text', 'link', 'text']);
  });
});

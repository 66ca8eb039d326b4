import type { List, ListItem, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { u } from 'unist-builder';

/**
 * The few mdast shapes the exporter writes again and again, built with unist-builder. Lists are
 * tight (`spread: false`) as the handbook's own lists are.
 */

/** A text node. */
export const text = (value: string): Text => u('text', value);

/** Bold text. */
export const strong = (value: string): Strong => u('strong', [text(value)]);

/** A paragraph of inline nodes. */
export const paragraph = (...children: PhrasingContent[]): Paragraph => u('paragraph', children);

/** A list item holding one paragraph; `checked` true or false makes it a task list item. */
export const listItem = (children: PhrasingContent[], checked: boolean | null = null): ListItem =>
  u('listItem', { spread: false, checked }, [paragraph(...children)]);

/** A tight list, bulleted or numbered. */
export const list = (items: ListItem[], ordered = false): List =>
  u('list', { ordered, spread: false }, items);

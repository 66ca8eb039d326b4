import { describe, expect, test } from 'vitest';
import { drawTaskListBoxes } from '../../../../src/components/overrides/task-lists';

describe('drawTaskListBoxes', () => {
  // The markup Astro 7's Markdown renderer produces for `- [ ] a` and `- [x] b`.
  const html =
    '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> Open item</li>' +
    '<li class="task-list-item"><input type="checkbox" checked disabled> Done item</li></ul>';

  test('replaces every task checkbox with a box screen readers skip', () => {
    const out = drawTaskListBoxes(html);
    expect(out).not.toContain('<input');
    expect(out).toContain(
      '<span class="task-box" data-checked="false" aria-hidden="true">☐</span> Open item',
    );
    expect(out).toContain('<span class="task-box" data-checked="true" aria-hidden="true">☑</span> Done item');
  });

  test('leaves other checkboxes, such as a real form, alone', () => {
    const form = '<form><label><input type="checkbox" name="a"> A</label></form>';
    expect(drawTaskListBoxes(form)).toBe(form);
  });
});

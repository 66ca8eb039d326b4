/**
 * Markdown task lists (`- [ ] item`) render as disabled checkboxes with no label, which axe
 * rightly reports (`label`, WCAG 1.3.1/4.1.2): a form control nobody can use or name. On a
 * reading page they are a printed checklist, not a form, so each box becomes a drawn square
 * (☐, or ☑ when ticked) that screen readers skip, leaving the item's text to be read as a
 * plain list item. Interactive checklists come from `content/checklists/` instead.
 *
 * Takes rendered HTML and returns it with task-list checkboxes replaced.
 */
export function drawTaskListBoxes(html: string): string {
  return html.replace(
    /(<li class="task-list-item"[^>]*>\s*)<input type="checkbox"([^>]*)>/g,
    (_match, li: string, attrs: string) => {
      const checked = /\bchecked\b/.test(attrs);
      return `${li}<span class="task-box" data-checked="${checked}" aria-hidden="true">${checked ? '☑' : '☐'}</span>`;
    },
  );
}

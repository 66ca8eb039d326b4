/**
 * What a reader typed (a note, an answer, an evidence entry), made safe to paste into a tool
 * that renders Markdown: `<` and `&` are escaped, so typed HTML such as `<img onerror=…>` shows
 * as text instead of becoming markup; `>` too, so it never starts a quote. Anything else is left
 * as typed, so a reader's own Markdown (`**bold**`, a link) still works.
 */
export function typedMarkdown(text: string): string {
  return text.replace(/[<>&]/g, '\\$&');
}

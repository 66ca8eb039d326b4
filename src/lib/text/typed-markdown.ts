/**
 * What a reader typed (a note, an answer, an evidence entry), made safe to paste into a tool
 * that renders Markdown, with as few backslashes as that takes, since the file is also read as
 * plain text (in an editor, pasted into a document):
 * - a `<` that could open HTML or an autolink (before a letter, `/`, `!` or `?`), so typed HTML
 *   such as `<img onerror=…>` shows as text instead of becoming markup; `p99 < 200ms` is left;
 * - an `&` that could start a character reference (`&amp;`, `&#60;`); `R&D` is left;
 * - a `>` at the start of a line, where it would start a quote; `a > b` is left.
 * Anything else is left as typed, so a reader's own Markdown (`**bold**`, a link) still works.
 */
export function typedMarkdown(text: string): string {
  return text
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([ \t]{0,3})>/gm, '$1\\>');
}

/** Escapes text for HTML content and attribute values (double-quoted). */
export const esc = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A value as JSON to put inside `<script type="application/json">`: `<` written as `\u003c`, so
 * no string in it can close the script element early. JSON.parse reads it back unchanged.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

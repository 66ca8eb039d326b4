/**
 * What to say when YAML read a field as empty (Zod: "expected string, received null"), from the
 * field's line as written: `title: #1 tip` is a title of nothing, because YAML reads " #" to the
 * end of the line as a comment. Used for a page's frontmatter and for the data files alike.
 *
 * @param key the field's own name (the last part of its path)
 * @param source the line the field is on, as written
 */
export function emptyValueMessage(key: string, source = ''): string {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const comment = new RegExp(`^\\s*(?:-\\s+)?${escaped}:\\s*(#.*)$`).exec(source)?.[1];
  return comment
    ? `empty, because YAML reads a # after a space as the start of a comment; put the value in quotes: ${key}: "${comment.trim()}"`
    : `empty; write the value after "${key}:" on the same line`;
}

/** Joins items as an English list: "a", "a and b", "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The text with its first letter in lower case, to continue a sentence: "Ship it" → "ship it".
 * A leading acronym stays as it is: "IC engineering ladder", not "iC" or "ic".
 */
export function lowerFirst(text: string): string {
  if (/^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with its first letter in upper case: "running retros" → "Running retros". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

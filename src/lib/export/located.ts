import type { VFile } from 'vfile';

/** A message a plugin left on a page's file (or threw, for a fatal one). */
export type PageMessage = VFile['messages'][number];

/** A message as `path:line:column: reason`, the form editors and terminals link to a place. */
export function located(message: PageMessage, path = message.file): string {
  return `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`;
}

/** True for a VFileMessage (a plugin's `file.fail`, or the MDX parser's error), which has a place. */
export function isPageMessage(error: unknown): error is PageMessage {
  return error instanceof Error && 'reason' in error && 'line' in error;
}

/**
 * A page the export cannot carry over (MDX that does not parse, a checklist that does not exist),
 * named by its place: a mistake in the content, not in the exporter.
 */
export class PageExportError extends Error {
  override name = 'PageExportError';
}

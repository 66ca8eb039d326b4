/**
 * Reading and writing the versioned JSON the islands keep in `localStorage` (assessment
 * answers, checklist ticks). No storage access here: the islands read the raw string through
 * `src/components/shared/local-storage.ts` and hand it over.
 *
 * Every stored value is `{ "v": <format version>, …fields, "updated": "<ISO time>" }`. Reading
 * never throws and never loses data: a value that is not JSON, was written by a newer version
 * of the handbook, or is in a shape this version does not know comes back as such, so the
 * island can say so and leave the stored value alone until the reader changes something.
 */

/** What reading a stored value found. */
export type StoredValue<T> =
  /** Nothing stored. */
  | { kind: 'empty' }
  /** A value this version can use (migrated from an older format where needed). */
  | { kind: 'ok'; value: T }
  /** Not valid JSON. */
  | { kind: 'unreadable' }
  /** Written by a newer version of the handbook. */
  | { kind: 'newer' }
  /** JSON, but not a shape this version knows. */
  | { kind: 'unknown' };

/**
 * Reads a stored value.
 *
 * @param raw what `localStorage.getItem` returned
 * @param version the newest format version this code writes
 * @param fromStored turns the parsed JSON into the value, given its version (undefined for a
 *   value saved before versions existed); returns undefined for a shape it does not know
 */
export function readVersioned<T>(
  raw: string | null,
  version: number,
  fromStored: (data: unknown, version: number | undefined) => T | undefined,
): StoredValue<T> {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  const v = isRecord(data) ? data.v : undefined;
  if (v !== undefined && typeof v !== 'number') return { kind: 'unknown' };
  if (typeof v === 'number' && v > version) return { kind: 'newer' };
  const value = fromStored(data, v);
  return value === undefined ? { kind: 'unknown' } : { kind: 'ok', value };
}

/** The stored form of `fields` at `version`, stamped with the time it was written. */
export function writeVersioned(
  version: number,
  fields: Record<string, unknown>,
  now: Date = new Date(),
): string {
  return JSON.stringify({ v: version, ...fields, updated: now.toISOString() });
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The order ladders appear in: engineering first, then management, then product. */
export const TRACK_ORDER = ['ic', 'management', 'product'];

/**
 * The id and title of each ladder file in `dir`, in track order, read at config time for the
 * sidebar (before the content layer has validated anything: a broken file is skipped here and
 * reported by the build).
 */
export function listLadders(dir: string): { id: string; title: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^_.].*\.ya?ml$/.test(name))
    .flatMap((name) => {
      try {
        const data = parse(readFileSync(join(dir, name), 'utf8')) as {
          id?: unknown;
          title?: unknown;
          track?: unknown;
        };
        return typeof data?.id === 'string' && typeof data.title === 'string'
          ? [{ id: data.id, title: data.title, track: String(data.track) }]
          : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => TRACK_ORDER.indexOf(a.track) - TRACK_ORDER.indexOf(b.track) || a.id.localeCompare(b.id))
    .map(({ id, title }) => ({ id, title }));
}

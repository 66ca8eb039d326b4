import type { z } from 'astro/zod';
import { closestName } from '../text/suggest';

/** A key written in a file that its schema does not have, with the key it probably meant. */
export interface UnknownKey {
  /** Where the key is: the path of the object holding it, then the key. */
  path: PropertyKey[];
  key: string;
  /** The known key one or two edits away that the object does not have yet (`titel` → `title`). */
  meant?: string;
  /** Every key the object may have. */
  known: string[];
}

/** The part of a Zod schema's definition these walks read (Zod 4 keeps it on `_zod.def`). */
export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  /** The schema's own message, when it has one. */
  error?: unknown;
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * The keys of `value` that `schema` silently drops: a plain `z.object` (Starlight's frontmatter,
 * the top of every data file) accepts an unknown key and throws it away, so a typo in an
 * optional field (`visiblity: internal`) changes nothing and a typo in a required one
 * (`titel:`) shows only as the field missing. Strict objects are left out: Zod reports their
 * unknown keys itself (see `unknownKeyMessage`). Follows objects, arrays and the wrappers
 * around them (optional, default, pipe); unions and records are not entered.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType ? unknownKeys(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownKeys(def.in, value, path) : [];
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, i) => unknownKeys(def.element!, item, [...path, i]))
        : [];
    case 'object': {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      const known = Object.keys(shape);
      const found: UnknownKey[] = [];
      for (const [key, item] of Object.entries(value)) {
        if (key in shape) found.push(...unknownKeys(shape[key]!, item, [...path, key]));
        else if (def.catchall === undefined)
          found.push({ path: [...path, key], key, ...meaning(key, known, value) });
      }
      return found;
    }
    default:
      return [];
  }
}

/** The key a typo meant, preferring one the object does not have yet, and every key it may have. */
function meaning(
  key: string,
  known: string[],
  value: Record<string, unknown>,
): Omit<UnknownKey, 'path' | 'key'> {
  const meant = closestName(
    key,
    known.filter((k) => !(k in value)),
  );
  return { meant, known };
}

/**
 * The message for an unknown key, e.g. `titel: no such field in a checklist file; did you mean
 * title? …`. `what` names where the key is written (`a page's frontmatter`, `a checklist file`).
 */
export function unknownKeyMessage(unknown: UnknownKey, what: string): string {
  const where = unknown.path.map(String).join('.');
  return unknown.meant
    ? `${where}: no such field in ${what}; did you mean ${unknown.meant}? Rename it: the build ignores "${unknown.key}".`
    : `${where}: no such field in ${what}, so the build ignores it; fix its name or remove it. The fields are: ${unknown.known.join(', ')}`;
}

/**
 * The unknown keys of a Zod `unrecognized_keys` issue (a strict object's), as `UnknownKey`s with
 * what each probably meant, read against the value and schema at the issue's path.
 */
export function unrecognizedKeys(
  schema: z.ZodType,
  value: unknown,
  issuePath: PropertyKey[],
  keys: string[],
): UnknownKey[] {
  const object = at(value, issuePath);
  const known = shapeAt(schema, issuePath);
  return keys.map((key) => ({
    path: [...issuePath, key],
    key,
    ...(isRecord(object) && known ? meaning(key, known, object) : { known: known ?? [] }),
  }));
}

/** The keys the object schema at `path` may have, or undefined when the path leads to no object. */
function shapeAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const objects = objectsAt(schema, path);
  return objects.length ? [...new Set(objects.flatMap((o) => Object.keys(o.shape ?? {})))] : undefined;
}

/**
 * The object schemas a key path leads to: through the wrappers (optional, default, pipe, …),
 * into objects, records and arrays, and into every option of a union (a config's section is
 * `true`, `false` or an object). The data files' and the config's unknown keys both use it.
 */
export function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): SchemaDef[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return objectsAt(inner, path);
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => objectsAt(option, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [key, ...rest] = path;
  const next =
    def.type === 'object'
      ? def.shape?.[String(key)]
      : def.type === 'record'
        ? def.valueType
        : def.type === 'array'
          ? def.element
          : undefined;
  return next ? objectsAt(next, rest) : [];
}

function at(value: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

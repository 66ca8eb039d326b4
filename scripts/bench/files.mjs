// @ts-check
// Sizes of built output: a folder's bytes, its HTML pages, a buffer gzipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Every file under `dir`, with its size in bytes.
 * @param {string} dir
 * @returns {{ path: string, bytes: number }[]}
 */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

/**
 * The bytes of every file under `dir` (0 if it does not exist).
 * @param {string} dir
 */
export function folderBytes(dir) {
  return filesUnder(dir).reduce((sum, file) => sum + file.bytes, 0);
}

/**
 * How many HTML pages a build wrote.
 * @param {string} dist
 */
export function htmlPages(dist) {
  return filesUnder(dist).filter((file) => file.path.endsWith('.html')).length;
}

/**
 * The size of `data` gzipped at the default level (6, what most servers use), in bytes.
 * @param {string | Buffer} data
 */
export function gzipBytes(data) {
  return gzipSync(data).length;
}

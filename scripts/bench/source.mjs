// @ts-check
// Imports the handbook's own TypeScript modules from the benchmark, so it asks the model (the
// pages, the export targets) instead of keeping copies that could drift.
import { registerHooks } from 'node:module';
import { resolve } from '../../bin/ts-resolve.mjs';

let registered = false;

/**
 * Imports a module of the project's `src/` (e.g. `src/lib/export/targets.ts`), through
 * bin/ts-resolve.mjs as bin/handbook.mjs does (Node strips the types itself).
 * @param {string} path the module's path from the project root
 * @returns {Promise<any>}
 */
export async function importSource(path) {
  if (!registered) {
    registerHooks({ resolve });
    registered = true;
  }
  return import(/* @vite-ignore */ new URL(`../../${path}`, import.meta.url).href);
}

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from './settings';

/**
 * The fork's stylesheets, `local/styles/*.css`, as paths Starlight's `customCss` accepts,
 * in name order. They load after the handbook's own, so a fork can restyle anything.
 */
export function localStyles(settings: Settings): string[] {
  return settings.layers.slice(1).flatMap((layer) => {
    const dir = join(layer, 'styles');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.css'))
      .sort()
      .map((name) => `./${join(dir, name)}`);
  });
}

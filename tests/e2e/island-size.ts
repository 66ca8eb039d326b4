import type { APIRequestContext } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * The gzip size of an island as the browser loads it: its script plus every chunk it imports,
 * followed through the imports. The budget (10 kB) is for all of our JavaScript on the page,
 * not only the entry file.
 */
export async function islandBytes(request: APIRequestContext, src: string): Promise<number> {
  const seen = new Set<string>();
  const queue = [src];
  let total = 0;
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const text = await (await request.get(url)).text();
    total += gzipSync(text).length;
    for (const m of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g))
      queue.push(new URL(m[1]!, url).href);
  }
  return total;
}

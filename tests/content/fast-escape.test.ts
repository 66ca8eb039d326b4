import { describe, expect, test, vi } from 'vitest';
import { defaultHandlers } from 'mdast-util-to-markdown';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { TARGETS } from '../../src/lib/export/targets';
import { CONTENT, ROOT } from '../paths';

/**
 * The export escapes text, addresses and titles its own way (`src/lib/export/fast-escape.ts`),
 * running only the patterns that can match. It must write exactly what remark-stringify's own
 * escaping writes: the whole handbook is exported for every target both ways and compared.
 */
const { handbook } = loadHandbookFromDisk(CONTENT, ROOT);

async function exportWith(stock: boolean) {
  vi.resetModules();
  if (stock) vi.doMock('../../src/lib/export/fast-escape', () => ({ root: defaultHandlers.root }));
  else vi.doUnmock('../../src/lib/export/fast-escape');
  const { exportSite } = await import('../../src/lib/export/export-site');
  const { root } = await import('../../src/lib/export/fast-escape');
  const files = new Map(TARGETS.map((target) => [target, exportSite({ target, handbook }).files]));
  return { files, handler: root };
}

describe('the fast escaping writes what remark-stringify writes', async () => {
  const fast = await exportWith(false);
  const stock = await exportWith(true);
  test.each(TARGETS)('%s', (target) => {
    const ours = fast.files.get(target)!;
    const theirs = stock.files.get(target)!;
    expect(ours.size).toBeGreaterThan(50);
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [path, text] of ours) expect(text, path).toBe(theirs.get(path));
  });
  test('the two runs used different handlers', () => {
    expect(fast.handler).not.toBe(defaultHandlers.root);
    expect(stock.handler).toBe(defaultHandlers.root);
  });
});

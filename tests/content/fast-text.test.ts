import { describe, expect, test, vi } from 'vitest';
import { defaultHandlers } from 'mdast-util-to-markdown';
import { loadHandbookFromDisk } from '../../src/config/read-content';
import { TARGETS } from '../../src/lib/export/targets';
import { CONTENT, ROOT } from '../paths';

/**
 * The export writes text with its own handler (`src/lib/export/fast-text.ts`), which runs only
 * the escaping patterns that can match. It must write exactly what remark-stringify's own
 * handler writes: the whole handbook is exported for every target both ways and compared.
 */
const { handbook } = loadHandbookFromDisk(CONTENT, ROOT);

async function exportWith(stock: boolean) {
  vi.resetModules();
  if (stock) vi.doMock('../../src/lib/export/fast-text', () => ({ text: defaultHandlers.text }));
  else vi.doUnmock('../../src/lib/export/fast-text');
  const { exportSite } = await import('../../src/lib/export/export-site');
  const { text } = await import('../../src/lib/export/fast-text');
  const files = new Map(TARGETS.map((target) => [target, exportSite({ target, handbook }).files]));
  return { files, handler: text };
}

describe('the fast text handler writes what remark-stringify writes', async () => {
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
    expect(fast.handler).not.toBe(defaultHandlers.text);
    expect(stock.handler).toBe(defaultHandlers.text);
  });
});

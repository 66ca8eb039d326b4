import { describe, expect, test } from 'vitest';
import { contentRoot } from '../../../src/config/content-root';

describe('contentRoot', () => {
  test('is ./content unless HANDBOOK_CONTENT_DIR says otherwise', () => {
    expect(contentRoot({})).toBe('./content');
    expect(contentRoot({ HANDBOOK_CONTENT_DIR: '  ' })).toBe('./content');
    expect(contentRoot({ HANDBOOK_CONTENT_DIR: 'tests/fixtures/x/content/' })).toBe(
      'tests/fixtures/x/content',
    );
  });
});

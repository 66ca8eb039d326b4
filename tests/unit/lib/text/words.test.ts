import { describe, expect, test } from 'vitest';
import { listInWords } from '../../../../src/lib/text/words';

describe('listInWords', () => {
  test('joins one, two and more items as English', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['scope'])).toBe('scope');
    expect(listInWords(['scope', 'autonomy'])).toBe('scope and autonomy');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

import { describe, expect, test } from 'vitest';
import { listInWords, lowerFirst } from '../../../../src/lib/text/words';

describe('listInWords', () => {
  test('joins one, two and more items as English', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['scope'])).toBe('scope');
    expect(listInWords(['scope', 'autonomy'])).toBe('scope and autonomy');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('lowerFirst', () => {
  test('continues a sentence, but leaves a leading acronym alone', () => {
    expect(lowerFirst('Ship it')).toBe('ship it');
    expect(lowerFirst('IC engineering ladder')).toBe('IC engineering ladder');
    expect(lowerFirst('A ladder')).toBe('a ladder');
  });
});

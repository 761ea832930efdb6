// Cutting a big page text into message-sized parts.
import { describe, expect, it } from 'vitest';
import { partEnds } from '../../entrypoints/content/send-text';

describe('partEnds', () => {
  const cases: [string, string, number, number[]][] = [
    ['short text: sent whole', 'abc', 4, []],
    ['exactly one part: sent whole', 'abcd', 4, []],
    ['cut every `size` characters, the rest rides on analysePage', 'abcdefghij', 4, [4, 8]],
    ['never inside a surrogate pair', 'abc😀defgh', 4, [3, 7]],
  ];
  for (const [name, text, size, want] of cases) {
    it(name, () => {
      const ends = partEnds(text, size);
      expect(ends).toEqual(want);
      const parts = [...ends, text.length].map((end, i, all) => text.slice(i ? all[i - 1] : 0, end));
      expect(parts.join('')).toBe(text);
      expect(parts.every((p) => p.length <= size && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
    });
  }
});

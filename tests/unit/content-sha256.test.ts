import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexSliced } from '../../entrypoints/content/sha256';

const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  const texts = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(65), 'a'.repeat(119), 'a'.repeat(120),
    '给予党纪处分42人(党内警告28人)\n清退款项185.82万元'.repeat(300)];
  for (const text of texts) {
    it(`pure fallback, ${text.length} chars, sliced`, async () => {
      const bytes = new TextEncoder().encode(text);
      let pauses = 0;
      expect(await sha256HexSliced(bytes, async () => void pauses++, 128)).toBe(node(bytes));
      if (bytes.length > 256) expect(pauses).toBeGreaterThan(0);
    });
  }
  it('sha256Hex (WebCrypto where available) agrees', async () => {
    const text = texts[texts.length - 1];
    expect(await sha256Hex(text)).toBe(node(new TextEncoder().encode(text)));
  });
});

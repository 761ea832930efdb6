// Chunked vs one-shot extraction with the real pipeline stages, on the fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractInSlices } from '../../entrypoints/content/extract-in-slices';
import { extract } from '../../lib/extract';

const FIXTURES = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'];

describe('extractInSlices with the real stages', () => {
  for (const name of FIXTURES) {
    it(`${name}: numbers and facts match the one-shot run`, async () => {
      const text = readFileSync(`/work/shared/fixtures/${name}.txt`, 'utf8');
      const one = extract(text);
      const sliced = await extractInSlices(text, { threshold: 0, chunkSize: 8000 });
      expect(sliced.detection.isNotice).toBe(one.detection.isNotice);
      expect(sliced.numbers).toEqual(one.numbers);
      const key = (f: { code: string; value: number | null; start: number; end: number; parent: string | null }) =>
        `${f.code}:${f.value}:${f.start}:${f.end}:${f.parent}`;
      expect(sliced.facts.map(key)).toEqual(one.facts.map(key));
    });
  }
});

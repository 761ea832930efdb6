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
      // Below 2 × DETECT_SPAN detection and the notice fields read the whole text, as one-shot does.
      expect(sliced.detection).toEqual(one.detection);
      expect(sliced.notice).toEqual(one.notice);
      expect(sliced.numbers).toEqual(one.numbers);
      expect(sliced.checks).toEqual(one.checks);
      const key = (f: { code: string; value: number | null; start: number; end: number; parent: string | null; headline: boolean }) =>
        `${f.code}:${f.value}:${f.start}:${f.end}:${f.parent}:${f.headline}`;
      expect(sliced.facts.map(key)).toEqual(one.facts.map(key));
      expect(one.facts.length).toBeGreaterThan(0);
    });
  }
});

// Chunked extraction must equal one-shot extraction when the chunks are cut at paragraph
// boundaries. The pipeline stages are replaced by small paragraph-local fakes so the merge
// (offset shifting, headline, checks) is tested whatever state the real stages are in;
// content-chunks-real.test.ts repeats the comparison with the real stages.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../lib/detect/detect-notice', () => ({
  detectNotice: (folded: string) => ({ isNotice: /整改/.test(folded), score: 0.9, reasons: ['整改'] }),
}));
vi.mock('../../lib/numbers/find-numbers', () => ({
  findNumbers: (folded: string) =>
    [...folded.matchAll(/(\d+(?:\.\d+)?)(万元|元|人|个|条|项|件)/g)].map((m) => ({
      value: Number(m[1]) * (m[2] === '万元' ? 10000 : 1),
      unit: m[2] === '万元' ? '元' : m[2],
      approx: false,
      quote: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    })),
}));
vi.mock('../../lib/facts/extract-facts', () => ({
  extractFacts: (folded: string, original: string) => {
    const firstSection = folded.search(/\n一、/);
    return [...folded.matchAll(/(党纪处分|政务处分|诫勉|问责|整改举措)(\d+)(人|条)/g)].map((m) => ({
      kind: 'sanction' as const,
      code: m[1] === '党纪处分' ? 'party_discipline' : m[1] === '政务处分' ? 'gov_sanction' : m[1] === '诫勉' ? 'admonishment' : m[1] === '问责' ? 'accountability' : 'measures',
      label: m[1],
      value: Number(m[2]),
      unit: m[3],
      approx: false,
      parent: null,
      headline: firstSection < 0 || m.index! < firstSection,
      quote: original.slice(m.index!, m.index! + m[0].length),
      start: m.index!,
      end: m.index! + m[0].length,
    }));
  },
}));

const { extract } = await import('../../lib/extract');
const { extractInSlices, headAndTail, paragraphChunks } = await import('../../entrypoints/content/extract-in-slices');

const FIXTURES = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'].map((name) =>
  readFileSync(`/work/shared/fixtures/${name}.txt`, 'utf8'),
);
const SYNTHETIC = ['在巡视整改中,给予党纪处分42人,政务处分21人,诫勉16人。', '一、问题', '制定整改举措110条,问责3人。']
  .join('\n')
  .repeat(200);

describe('paragraphChunks', () => {
  for (const [i, text] of [...FIXTURES, SYNTHETIC, 'x'.repeat(1000), ''].entries()) {
    it(`tiles text ${i} with chunks cut after newlines`, () => {
      const chunks = paragraphChunks(text, 2000);
      expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
      for (const [k, c] of chunks.entries()) {
        expect(c.end - c.start).toBeLessThanOrEqual(2000);
        if (k < chunks.length - 1 && text.slice(c.start, c.end).includes('\n')) expect(text[c.end - 1]).toBe('\n');
      }
    });
  }
  it('never splits a surrogate pair', () => {
    const text = '𠀀'.repeat(10);
    for (const c of paragraphChunks(text, 3)) expect((c.end - c.start) % 2).toBe(0);
  });
});

describe('headAndTail', () => {
  it('is the whole text when short', () => expect(headAndTail('a\nb', 10)).toBe('a\nb'));
  it('keeps whole paragraphs from both ends', () => {
    const text = Array.from({ length: 100 }, (_, i) => `段落${i}`).join('\n');
    const outline = headAndTail(text, 30);
    expect(outline.startsWith('段落0\n')).toBe(true);
    expect(outline.endsWith('段落99')).toBe(true);
    expect(outline).not.toContain('段落50');
    for (const line of outline.split('\n')) expect(line).toMatch(/^段落\d+$/);
  });
});

describe('extractInSlices', () => {
  for (const [i, text] of [...FIXTURES, SYNTHETIC].entries()) {
    for (const size of [1500, 8000]) {
      it(`text ${i}, chunks of ${size}: same as one-shot`, async () => {
        const one = extract(text, { source: 's' });
        expect(one.numbers.length).toBeGreaterThan(0);
        if (i !== 2) expect(one.facts.length).toBeGreaterThan(0); // fixture 004 has none of the fake's patterns
        let pauses = 0;
        const sliced = await extractInSlices(text, { source: 's', threshold: 0, chunkSize: size, pause: async () => void pauses++ });
        expect(pauses).toBeGreaterThan(0);
        expect(sliced.numbers).toEqual(one.numbers);
        expect(sliced.checks).toEqual(one.checks);
        expect(sliced.detection).toEqual(one.detection);
        // The fake marks everything headline when a chunk has no section heading; the merge keeps
        // headline only from the first chunk with facts, like the one-shot run's summary.
        const strip = (f: { headline: boolean }) => ({ ...f, headline: undefined });
        expect(sliced.facts.map(strip)).toEqual(one.facts.map(strip));
        for (const f of sliced.facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
        for (const n of sliced.numbers) expect(text.slice(n.start, n.end)).toBe(n.quote);
      });
    }
  }

  it('keeps headline facts only from the first chunk with facts', async () => {
    const sliced = await extractInSlices(SYNTHETIC, { threshold: 0, chunkSize: 500 });
    const first = paragraphChunks(SYNTHETIC, 500)[0];
    for (const f of sliced.facts) if (f.headline) expect(f.end).toBeLessThanOrEqual(first.end);
    expect(sliced.facts.some((f) => f.headline)).toBe(true);
  });

  it('stops after the first chunk when it is not a notice', async () => {
    const text = '统计公报:增长5个百分点,投资46亿元。\n'.repeat(500);
    const sliced = await extractInSlices(text, { threshold: 0, chunkSize: 1000 });
    expect(sliced.detection.isNotice).toBe(false);
    expect(sliced.facts).toEqual([]);
    expect(sliced.numbers).toEqual([]);
  });

  it('uses one-shot extraction below the threshold', async () => {
    expect(await extractInSlices(FIXTURES[1], { source: 's' })).toEqual(extract(FIXTURES[1], { source: 's' }));
  });
});

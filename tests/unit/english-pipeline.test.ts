// End to end through the lead's pipeline: extractAuto loads compromise for English pages
// only, and the English path is fast enough for a 2 MB page and never throws.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../lib/contract';
import { extractEnglish, looksEnglish, type Nlp } from '../../lib/english/extract-english';
import { extract, extractAuto } from '../../lib/extract';
import { ENGLISH_CASES, precisionRecall, type Pair } from './english-expected';

// ../shared beside the repository (the fixtures are not copied into it).
const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;

const read = (f: string): string => readFileSync(new URL(`../fixtures/english/${f}`, import.meta.url), 'utf8');

describe('extractAuto on English pages', () => {
  it.each(ENGLISH_CASES)('$file', async (c) => {
    const text = read(c.file);
    const out = await extractAuto(text, { source: c.file });
    expect(extractionSchema.parse(out)).toBeTruthy();
    expect(out.detection.isNotice).toBe(c.isNotice);
    if (!c.isNotice) return expect(out.facts).toEqual([]);
    const got: Pair[] = out.facts.map((f) => [f.code, f.value]);
    expect(precisionRecall(got, c.facts!).p).toBe(1);
    if (c.file === 'lucheng-001.en.txt') {
      expect(out.checks.find((k) => k.code === 'party_discipline')).toEqual({ code: 'party_discipline', stated: 42, sumOfParts: 42, ok: true });
      expect(out.checks.find((k) => k.code === 'gov_sanction')?.ok).toBe(true);
    }
  });

  it('keeps Chinese text off the English path', () => {
    const zh = readFileSync(`${SHARED_FIXTURES}/001_fbfa88aa01baddd2.txt`, 'utf8');
    expect(looksEnglish(zh)).toBe(false);
  });
});

describe('robustness and speed', () => {
  it('never throws on odd input', () => {
    for (const t of ['', '((((', ')))', 'x'.repeat(5000), '1'.repeat(10000), 'forty-two '.repeat(300), '\u0000\ud800 yuan 3 people (']) {
      expect(() => extractEnglish(t, nlp as unknown as Nlp)).not.toThrow();
      expect(() => extract(t, { nlp: nlp as unknown as Nlp })).not.toThrow();
    }
  });

  it('handles 2 MB of English notice text', () => {
    const base = ENGLISH_CASES.map((c) => read(c.file)).join('\n');
    let big = '';
    while (big.length < 2_000_000) big += `${base}\n`;
    extractEnglish(big.slice(0, 100_000), nlp as unknown as Nlp); // warm compromise's lexicon and the JIT
    // Speed is measured by `npm run bench`, never asserted here.
    const out = extractEnglish(big, nlp as unknown as Nlp);
    expect(out.facts.length).toBeGreaterThan(1000);
  });
});

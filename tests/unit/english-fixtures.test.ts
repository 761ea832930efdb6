// The English path on machine-translated versions of the three fixtures and on near misses:
// detection, notice fields and the gold's (code, value) pairs.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSchema, numberMentionSchema } from '../../lib/contract';
import { extractEnglish, looksEnglish, type Nlp } from '../../lib/english/extract-english';
import { termOf } from '../../lib/vocabulary';
import { ENGLISH_CASES, precisionRecall, type Pair } from './english-expected';

const read = (f: string): string => readFileSync(new URL(`../fixtures/english/${f}`, import.meta.url), 'utf8');

describe.each(ENGLISH_CASES)('$file', (c) => {
  const text = read(c.file);
  const out = extractEnglish(text, nlp as unknown as Nlp);

  it('is recognised as English', () => expect(looksEnglish(text)).toBe(true));

  it(`detection says isNotice=${c.isNotice}`, () => {
    expect(out.detection.isNotice, out.detection.reasons.join('; ')).toBe(c.isNotice);
  });

  it.runIf(!!c.facts)('reproduces the gold (code, value) pairs', () => {
    const got: Pair[] = out.facts.map((f) => [f.code, f.value]);
    const { p, r, missing, extra } = precisionRecall(got, c.facts!);
    expect(extra).toEqual([]);
    expect(missing).toEqual(c.knownMisses ?? []);
    expect(p).toBe(1);
    // The floor is the figure reached: every gold pair but the known misses.
    expect(r).toBe((c.facts!.length - (c.knownMisses?.length ?? 0)) / c.facts!.length);
  });

  it.runIf(!!c.notice)('fills the notice fields', () => {
    expect(out.notice).toMatchObject(c.notice!);
  });

  it('keeps quotes, labels and schemas consistent', () => {
    for (const f of out.facts) {
      expect(factSchema.parse(f)).toBeTruthy();
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.label).toBe(termOf(f.code).label);
    }
    for (const n of out.numbers) {
      expect(numberMentionSchema.parse(n)).toBeTruthy();
      expect(text.slice(n.start, n.end)).toBe(n.quote);
    }
  });
});

describe('all English fixtures together', () => {
  it('reach P = 1 and R = 142/144 (the floor at the figure reached)', () => {
    let tp = 0, got = 0, want = 0;
    for (const c of ENGLISH_CASES.filter((k) => k.facts)) {
      const facts = extractEnglish(read(c.file), nlp as unknown as Nlp).facts;
      const pr = precisionRecall(facts.map((f): Pair => [f.code, f.value]), c.facts!);
      tp += facts.length - pr.extra.length; got += facts.length; want += c.facts!.length;
    }
    expect([tp, got, want]).toEqual([142, 142, 144]);
  });

  it('reads the number words of qingshan-words as numbers', () => {
    const { numbers } = extractEnglish(read('qingshan-words.en.txt'), nlp as unknown as Nlp);
    const words = numbers.filter((n) => /^[A-Za-z]/.test(n.quote) && !/^(?:more|nearly|over|about)\b/i.test(n.quote));
    expect([numbers.length, words.length]).toEqual([50, 29]);
  });
});

describe('breakdowns and exclusions', () => {
  const text = read('lucheng-001.en.txt');
  const { facts } = extractEnglish(text, nlp as unknown as Nlp);
  const find = (code: string, value: number | null) => facts.find((f) => f.code === code && f.value === value);

  it('links the parts in parentheses to their totals and marks the headline', () => {
    expect(find('party_warning', 28)).toMatchObject({ parent: 'party_discipline', headline: true, unit: '人' });
    expect(find('gov_warning', 11)).toMatchObject({ parent: 'gov_sanction', quote: '11 warnings' });
    expect(find('money_refunded', 1858200)).toMatchObject({ unit: '元', quote: '1.8582 million yuan was refunded' });
    expect(find('voluntary_surrender', 5)?.headline).toBe(false);
  });

  it('skips routine talks and future statements', () => {
    expect(facts.some((f) => f.code === 'reminder_talk' && f.value === 60)).toBe(false);
    expect(facts.some((f) => f.code === 'accountability' && f.value === null)).toBe(false);
  });

  it('links "among them" breakdowns and pools shared figures', () => {
    const huli = extractEnglish(read('huli-000.en.txt'), nlp as unknown as Nlp).facts;
    const of = (code: string, value: number | null) => huli.find((f) => f.code === code && f.value === value);
    expect(of('case_filed', 6)?.parent).toBe('handled');
    expect(of('discipline_total', 1)?.parent).toBe('case_filed');
    expect(of('admonishment', 6)?.parent).toBe('handled');
    expect(of('detention', 4)?.parent).toBe('case_filed');
    expect(of('handled', 26)?.quote).toMatch(/reminder talks, criticism and education, and admonishment$/);
    expect(of('interview', 16)?.unit).toBe('人次');
    expect(of('money_recovered', 31000000)?.approx).toBe(true);
  });
});

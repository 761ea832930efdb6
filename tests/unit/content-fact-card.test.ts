import { describe, expect, it } from 'vitest';
import type { Fact } from '../../lib/contract';
import { factCardModel, factIndexAt, formatValue } from '../../entrypoints/content/fact-card-model';
import { termOf } from '../../lib/vocabulary';

const fact = (over: Partial<Fact>): Fact => ({
  kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false,
  parent: null, headline: true, quote: '给予党纪处分42人', start: 0, end: 9, ...over,
});

describe('formatValue', () => {
  const cases: [Partial<Fact>, string][] = [
    [{ value: 1858200, unit: '元' }, '1,858,200 元'],
    [{ value: 42, unit: '人' }, '42 人'],
    [{ value: null, unit: null }, '—'],
    [{ value: 110000000, unit: '元', approx: true }, '≈ 110,000,000 元'],
    [{ value: 3, unit: null }, '3'],
  ];
  for (const [over, want] of cases) it(want, () => expect(formatValue(fact(over))).toBe(want));
});

describe('factCardModel', () => {
  it('labels from the vocabulary, parent and failed check', () => {
    const f = fact({ code: 'party_warning', label: '党内警告', value: 28, parent: 'party_discipline', quote: '党内警告28人' });
    const m = factCardModel(f, [{ code: 'party_warning', stated: 28, sumOfParts: 27, ok: false }]);
    expect(m.label).toBe(termOf('party_warning').label);
    expect(m.labelEn).toBe(termOf('party_warning').labelEn);
    expect(m.value).toBe('28 人');
    expect(m.parent).toContain(termOf('party_discipline').label);
    expect(m.warning).toContain('28');
    expect(m.warning).toContain('27');
    expect(m.quote).toBe('党内警告28人');
  });
  it('speaks traditional characters on traditional pages', () => {
    const m = factCardModel(fact({ code: 'party_warning', parent: 'party_discipline' }), [], true);
    expect(m.label).toBe(termOf('party_warning').labelTraditional);
    expect(m.parent).toContain(termOf('party_discipline').labelTraditional);
  });
  it('no warning when the checks add up or concern another code', () => {
    const m = factCardModel(fact({}), [
      { code: 'party_discipline', stated: 42, sumOfParts: 42, ok: true },
      { code: 'gov_sanction', stated: 2, sumOfParts: 1, ok: false },
    ]);
    expect(m.warning).toBeNull();
    expect(m.parent).toBeNull();
  });
});

describe('factIndexAt', () => {
  // A total around its breakdown, then a separate fact.
  const sorted = [fact({ start: 10, end: 40 }), fact({ start: 20, end: 26 }), fact({ start: 50, end: 55 })];
  const cases: [number, number][] = [[5, -1], [10, 0], [15, 0], [20, 1], [26, 1], [27, 0], [40, 0], [45, -1], [50, 2], [55, 2], [56, -1]];
  for (const [offset, want] of cases) it(`offset ${offset} → ${want}`, () => expect(factIndexAt(sorted, offset)).toBe(want));
});

import { describe, expect, it } from 'vitest';
import type { Fact } from '../../lib/contract';
import { factCardModel, factIndexAt, formatValue } from '../../entrypoints/content/fact-card-model';
import { termOf } from '../../lib/vocabulary';
import type { UiLocale } from '../../components/ui-language';

const fact = (over: Partial<Fact>): Fact => ({
  kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false,
  parent: null, headline: true, quote: '给予党纪处分42人', start: 0, end: 9, ...over,
});

describe('formatValue', () => {
  const cases: [Partial<Fact>, UiLocale, string][] = [
    [{ kind: 'money', value: 1858200, unit: '元' }, 'zh_CN', '1,858,200 元 (185.82万元)'],
    [{ kind: 'money', value: 1858200, unit: '元' }, 'zh_TW', '1,858,200 元 (185.82萬元)'],
    [{ kind: 'money', value: 1858200, unit: '元' }, 'en', '1,858,200 yuan (1.86 million yuan)'],
    [{ kind: 'money', value: 68680, unit: '元' }, 'en', '68,680 yuan'],
    [{ value: 42, unit: '人' }, 'zh_CN', '42 人'],
    [{ value: 42, unit: '人' }, 'en', '42 people'],
    [{ value: 3, unit: '人次' }, 'en', '3 person-times'],
    [{ kind: 'count', value: 12, unit: '项' }, 'zh_TW', '12 項'],
    [{ kind: 'count', value: 12, unit: '个' }, 'en', '12'],
    [{ value: 7, unit: '孔' }, 'en', '7 孔'],
    [{ value: null, unit: null }, 'en', '—'],
    [{ kind: 'money', value: 110000000, unit: '元', approx: true }, 'zh_CN', '≈ 110,000,000 元 (≈ 1.1亿元)'],
    [{ value: 3, unit: null }, 'zh_CN', '3'],
  ];
  for (const [over, locale, want] of cases) it(`${locale}: ${want}`, () => expect(formatValue(fact(over), locale)).toBe(want));
});

describe('factCardModel', () => {
  const warning = fact({ code: 'party_warning', label: '党内警告', value: 28, parent: 'party_discipline', quote: '党内警告28人' });
  const checks = [{ code: 'party_warning', stated: 28, sumOfParts: 27, ok: false }];
  const cases: Array<[UiLocale, boolean, Partial<ReturnType<typeof factCardModel>>]> = [
    ['zh_CN', false, { label: termOf('party_warning').label, secondary: termOf('party_warning').labelEn, value: '28 人', parent: `所属:${termOf('party_discipline').label}`, warning: '⚠ 总数 28 ≠ 分项合计 27' }],
    ['zh_TW', false, { label: termOf('party_warning').labelTraditional, secondary: termOf('party_warning').labelEn, parent: `所屬:${termOf('party_discipline').labelTraditional}`, warning: '⚠ 總數 28 ≠ 分項合計 27' }],
    ['en', false, { label: termOf('party_warning').labelEn, secondary: termOf('party_warning').label, value: '28 people', parent: `Part of: ${termOf('party_discipline').labelEn}`, warning: '⚠ 28 stated ≠ 27 sum of parts' }],
    // An English UI on a traditional page: the Chinese beside the label is the page's script.
    ['en', true, { label: termOf('party_warning').labelEn, secondary: termOf('party_warning').labelTraditional }],
  ];
  it.each(cases)('%s (traditional page: %s)', (locale, traditional, want) => {
    const m = factCardModel(warning, checks, { locale, traditional });
    expect(m).toMatchObject({ ...want, quote: '党内警告28人' });
  });
  it('no warning when the checks add up or concern another code', () => {
    const m = factCardModel(fact({}), [
      { code: 'party_discipline', stated: 42, sumOfParts: 42, ok: true },
      { code: 'gov_sanction', stated: 2, sumOfParts: 1, ok: false },
    ], { locale: 'zh_CN', traditional: false });
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

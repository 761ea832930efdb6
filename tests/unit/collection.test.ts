import { describe, expect, it } from 'vitest';
import { chineseMoney, codeLabel, collectionTotals, failedChecks, formatFigure, formatFigureText, headlineFigures, labelLanguage } from '../../lib/collection';
import type { Fact } from '../../lib/contract';
import { FACTS } from './db-test-data';

const f = (code: Fact['code'], value: number | null, over: Partial<Fact> = {}): Fact => ({
  kind: 'sanction', code, label: '', value, unit: '人', approx: false, parent: null, headline: true, quote: '', start: 0, end: 0, ...over,
});

describe('headlineFigures', () => {
  it('takes each code’s first headline figure, in vocabulary order, skipping section facts and nulls', () => {
    const facts = [f('admonishment', 16), f('party_discipline', null), f('party_discipline', 42), f('party_discipline', 7), f('gov_sanction', 21, { headline: false })];
    expect(headlineFigures(facts)).toEqual([
      { code: 'party_discipline', kind: 'sanction', value: 42, unit: '人', approx: false, parent: null },
      { code: 'admonishment', kind: 'sanction', value: 16, unit: '人', approx: false, parent: null },
    ]);
  });
});

describe('collectionTotals', () => {
  it('sums headline figures over notices and counts contributing notices', () => {
    const rows = [
      ...FACTS.map((x) => ({ ...x, noticeId: 1 })),
      { ...f('party_discipline', 10, { approx: true }), noticeId: 2 },
      { ...f('party_discipline', 99, { headline: false }), noticeId: 2 },
      { ...f('money_refunded', 100, { kind: 'money', unit: '元' }), noticeId: 3 },
    ];
    const totals = Object.fromEntries(collectionTotals(rows).map((t) => [t.code, t]));
    expect(totals.party_discipline).toMatchObject({ value: 52, notices: 2, approx: true, unit: '人', parent: null });
    expect(totals.party_warning).toMatchObject({ value: 28, notices: 1, parent: 'party_discipline' });
    expect(totals.money_refunded).toMatchObject({ value: 1858300, notices: 2, unit: '元' });
    expect(totals.admonishment).toBeUndefined();
  });
  it('is empty for an empty collection', () => expect(collectionTotals([])).toEqual([]));
});

describe('formatting', () => {
  const cases: Array<[number | null, string | null, Fact['kind'], boolean, string]> = [
    [1858200, '元', 'money', false, '1,858,200 元 (185.82万元)'],
    [110000000, '元', 'money', true, '≈110,000,000 元 (≈1.1亿元)'],
    [68680, '元', 'money', false, '68,680 元 (6.87万元)'],
    [5000, '元', 'money', false, '5,000 元'],
    [42, '人', 'sanction', false, '42 人'],
    [50, '人次', 'sanction', true, '≈50 人次'],
    [null, null, 'sanction', false, '—'],
  ];
  for (const [value, unit, kind, approx, text] of cases) {
    it(`${value} ${unit} → ${text}`, () => expect(formatFigureText(value, unit, kind, approx)).toBe(text));
  }
  it('chineseMoney', () => {
    expect(chineseMoney(9999)).toBeNull();
    expect(chineseMoney(10000)).toBe('1万元');
  });
  it('formatFigure splits main and alt', () => expect(formatFigure(1858200, '元', 'money')).toEqual({ main: '1,858,200 元', alt: '185.82万元' }));
});

describe('labels', () => {
  const langs: Array<[string | undefined, string]> = [['zh-CN', 'zh'], ['zh', 'zh'], ['zh_TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['en-US', 'en'], ['fr', 'en'], [undefined, 'en']];
  for (const [ui, lang] of langs) it(`${ui} → ${lang}`, () => expect(labelLanguage(ui)).toBe(lang));
  it('reads the vocabulary', () => {
    expect(codeLabel('party_discipline', 'zh')).toBe('党纪处分');
    expect(codeLabel('party_discipline', 'zh-Hant')).toBe('黨紀處分');
    expect(codeLabel('party_discipline', 'en')).toBe('party disciplinary sanctions');
    expect(codeLabel('unknown_code', 'en')).toBe('unknown_code');
  });
  it('failedChecks keeps only mismatches', () => {
    expect(failedChecks([{ code: 'party_discipline', stated: 42, sumOfParts: 40, ok: false }, { code: 'gov_sanction', stated: 1, sumOfParts: 1, ok: true }])).toHaveLength(1);
  });
});

// The notices CSV's code columns: the headline figure, else the sum of the code's top-level
// facts, with figures_from saying which; and the region columns of both files.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE, type Fact } from '../../lib/contract';
import { figuresFrom, noticeFigures } from '../../lib/collection';
import { FACT_COLUMNS, factsCsv, NOTICE_COLUMNS, noticesCsv, type CsvNoticeRecord } from '../../lib/csv';

function fact(over: Partial<Fact>): Fact {
  return {
    kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false,
    parent: null, headline: true, quote: '给予党纪处分42人', start: 10, end: 19, ...over,
  };
}

const sec = (over: Partial<Fact>) => fact({ headline: false, ...over });

function record(facts: Fact[], region?: CsvNoticeRecord['region']): CsvNoticeRecord {
  return {
    url: 'https://example.gov.cn/a.html', savedAt: null, ...(region ? { region } : {}),
    extraction: {
      source: 'a', detection: { isNotice: true, score: 0.9, reasons: [] },
      notice: { ...EMPTY_NOTICE, issuer: '中共温州市鹿城区委' }, facts, numbers: [], checks: [],
    },
  };
}

function rowsOf(csv: string): Record<string, string>[] {
  const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  return data.slice(1).map((r) => Object.fromEntries(data[0].map((h, i) => [h, r[i]])));
}

const HEADLINE = [fact({}), fact({ code: 'party_warning', value: 28, parent: 'party_discipline' })];
const SECTIONS = [
  sec({ value: 3 }), sec({ code: 'party_warning', value: 2, parent: 'party_discipline' }), sec({ value: 2, start: 200 }),
  sec({ kind: 'money', code: 'money_refunded', value: 1000.1, unit: '元' }), sec({ kind: 'money', code: 'money_refunded', value: 0.2, unit: '元', approx: true }),
  sec({ code: 'admonishment', value: null }),
];

describe('notices CSV code columns', () => {
  it.each([
    // [case, facts, figures_from, party_discipline, party_warning, money_refunded, admonishment]
    ['headline only', HEADLINE, 'headline', '42', '28', '', ''],
    ['no headline: top-level facts summed, breakdowns left out', SECTIONS, 'facts', '5', '', '1000.3', ''],
    ['headline wins per code, facts fill the rest', [...HEADLINE, ...SECTIONS], 'mixed', '42', '28', '1000.3', ''],
    ['no figures at all', [sec({ value: null })], '', '', '', '', ''],
  ])('%s', (_, facts, from, pd, pw, money, adm) => {
    const [row] = rowsOf(noticesCsv([record(facts as Fact[])]));
    expect([row.figures_from, row.party_discipline, row.party_warning, row.money_refunded, row.admonishment]).toEqual([from, pd, pw, money, adm]);
  });

  it('counts rejected facts for nothing', () => {
    const rejected = { ...sec({ value: 9 }), origin: 'rejected' } as Fact;
    const [row] = rowsOf(noticesCsv([record([rejected, sec({ value: 1 })])]));
    expect(row.party_discipline).toBe('1');
  });

  it('keeps the code columns last and figures_from before them', () => {
    expect(NOTICE_COLUMNS[NOTICE_COLUMNS.indexOf('figures_from') + 1]).toBe('discipline_total');
  });
});

describe('noticeFigures', () => {
  it('marks where each figure came from and hedges a sum with any hedged part', () => {
    const figs = noticeFigures([...HEADLINE, ...SECTIONS]);
    expect(figs.map((f) => [f.code, f.value, f.from, f.approx])).toEqual([
      ['party_discipline', 42, 'headline', false], ['party_warning', 28, 'headline', false], ['money_refunded', 1000.3, 'facts', true],
    ]);
    expect(figuresFrom(figs)).toBe('mixed');
  });

  it('names the most common unit of a sum', () => {
    const figs = noticeFigures([sec({ code: 'handled', unit: '人次', value: 1 }), sec({ code: 'handled', unit: '人', value: 2 }), sec({ code: 'handled', unit: '人', value: 3 })]);
    expect(figs).toEqual([expect.objectContaining({ code: 'handled', value: 6, unit: '人', from: 'facts' })]);
  });
});

describe('region columns', () => {
  const region = { province: '浙江省', city: '温州市', county: '鹿城区', divisionCode: '330302' };

  it.each([
    ['notices', noticesCsv, NOTICE_COLUMNS],
    ['facts', factsCsv, FACT_COLUMNS],
  ] as const)('the %s file carries province, city, county and division_code', (_, write, columns) => {
    expect(columns).toEqual(expect.arrayContaining(['province', 'city', 'county', 'division_code']));
    const rows = rowsOf(write([record(HEADLINE, region), record(HEADLINE)]));
    const [placed, unplaced] = [rows[0], rows[rows.length - 1]];
    expect([placed.province, placed.city, placed.county, placed.division_code]).toEqual(['浙江省', '温州市', '鹿城区', '330302']);
    expect([unplaced.province, unplaced.division_code]).toEqual(['', '']);
  });
});

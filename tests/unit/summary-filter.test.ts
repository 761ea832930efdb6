import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER, filterOptions, filterSummaries, indexedRange, isEmptyFilter, type FilterableRow, type SummaryFilter,
} from '../../lib/collection/summary-filter';
import type { Code } from '../../lib/vocabulary';

interface Row extends FilterableRow { id: number }

function row(id: number, over: Partial<Row> & { unit?: string } = {}): Row {
  const { unit, ...rest } = over;
  return {
    id,
    url: `https://www.example.gov.cn/xsxc/${id}.html`,
    title: `通报${id}`,
    notice: {
      title: `通报${id}`, issuer: null, inspectedUnit: unit ?? null, inspectionBody: null, inspectionType: null,
      inspectionStart: null, inspectionEnd: null, feedbackDate: null, publishedDate: null,
    },
    issuer: '', inspectionBody: '', inspectionType: '', province: '', city: '',
    codes: [], warningCount: 0, tags: [], note: '',
    ...rest,
  };
}

const ROWS: Row[] = [
  row(1, { title: '关于鹿城区巡视整改进展情况的通报', issuer: '中共温州市鹿城区委', inspectionBody: '省委第八巡视组', inspectionType: '巡视',
    province: '浙江省', city: '温州市', year: 2021, codes: ['party_discipline', 'money_refunded'] as Code[], tags: ['待核'], unit: '鹿城区' }),
  row(2, { title: '奎文区委关于巡察整改情况的通报', issuer: '中共潍坊市奎文区委', inspectionBody: '市委第二巡察组', inspectionType: '巡察',
    province: '山东省', city: '潍坊市', year: 2023, codes: ['party_discipline'] as Code[], warningCount: 2, note: 'Checked against the PDF' }),
  row(3, { title: '湖里区巡视整改情况', issuer: '中共厦门市湖里区委', inspectionBody: '省委第八巡视组', inspectionType: '巡视',
    province: '福建省', city: '厦门市', year: 2019, tags: ['待核', '重点'], unit: '湖里区人民政府' }),
  row(4, { title: 'Translated notice', url: 'https://other.gov.cn/en/4.html' }),
];

const f = (over: Partial<SummaryFilter>): SummaryFilter => ({ ...EMPTY_FILTER, ...over });

describe('filterSummaries', () => {
  const cases: Array<[string, Partial<SummaryFilter>, number[]]> = [
    ['no filter', {}, [1, 2, 3, 4]],
    ['text in title', { q: '奎文' }, [2]],
    ['every word must match', { q: '巡视 湖里' }, [3]],
    ['text in the inspected unit', { q: '人民政府' }, [3]],
    ['text in the URL, any case', { q: 'OTHER.GOV.CN' }, [4]],
    ['text in the note', { q: 'pdf' }, [2]],
    ['text matching nothing', { q: 'nothing-here' }, []],
    ['issuer', { issuer: '中共厦门市湖里区委' }, [3]],
    ['inspection body', { body: '省委第八巡视组' }, [1, 3]],
    ['type 巡察', { type: '巡察' }, [2]],
    ['type 巡视', { type: '巡视' }, [1, 3]],
    ['province', { province: '山东省' }, [2]],
    ['city', { city: '温州市' }, [1]],
    ['year from', { from: 2021 }, [1, 2]],
    ['year to', { to: 2021 }, [1, 3]],
    ['year range', { from: 2020, to: 2022 }, [1]],
    ['reversed year range', { from: 2022, to: 2020 }, [1]],
    ['has code', { code: 'party_discipline' }, [1, 2]],
    ['has a code nobody has', { code: 'detention' }, []],
    ['has warnings', { warn: true }, [2]],
    ['tag', { tag: '待核' }, [1, 3]],
    ['combined: body + tag + year', { body: '省委第八巡视组', tag: '待核', from: 2020 }, [1]],
    ['combined: type + text', { type: '巡视', q: '鹿城' }, [1]],
    ['combined conditions that exclude each other', { province: '山东省', warn: false, type: '巡视' }, []],
  ];
  for (const [name, filter, ids] of cases) {
    it(name, () => expect(filterSummaries(ROWS, f(filter)).map((r) => r.id)).toEqual(ids));
  }
});

describe('isEmptyFilter', () => {
  const cases: Array<[Partial<SummaryFilter>, boolean]> = [[{}, true], [{ q: 'x' }, false], [{ warn: true }, false], [{ from: 2020 }, false]];
  for (const [filter, empty] of cases) it(JSON.stringify(filter), () => expect(isEmptyFilter(f(filter))).toBe(empty));
});

describe('indexedRange', () => {
  const cases: Array<[Partial<SummaryFilter>, ReturnType<typeof indexedRange>]> = [
    [{}, null],
    [{ q: 'only text' }, null],
    [{ city: 'only city' }, null],
    [{ issuer: 'A', body: 'B', tag: 'C' }, { index: 'issuer', equals: 'A' }],
    [{ body: 'B', type: '巡视' }, { index: 'inspectionBody', equals: 'B' }],
    [{ tag: 'T', province: 'P' }, { index: 'tags', equals: 'T' }],
    [{ province: 'P', code: 'party_discipline' }, { index: 'province', equals: 'P' }],
    [{ code: 'party_discipline', warn: true }, { index: 'codes', equals: 'party_discipline' }],
    [{ code: 'not-a-code', from: 2020 }, { index: 'year', between: [2020, 9999] }],
    [{ from: 2023, to: 2020 }, { index: 'year', between: [2020, 2023] }],
    [{ to: 2020 }, { index: 'year', between: [0, 2020] }],
    [{ warn: true, type: '巡察' }, { index: 'warningCount', above: 0 }],
    [{ type: '巡察' }, { index: 'inspectionType', equals: '巡察' }],
  ];
  for (const [filter, range] of cases) it(JSON.stringify(filter), () => expect(indexedRange(f(filter))).toEqual(range));

  it('the indexed range never drops a row the filter keeps', () => {
    for (const [filter] of cases) {
      const range = indexedRange(f(filter));
      if (!range) continue;
      const inRange = ROWS.filter((r) => {
        if ('equals' in range) {
          const v = { issuer: r.issuer, inspectionBody: r.inspectionBody, inspectionType: r.inspectionType, province: r.province, codes: r.codes, tags: r.tags }[range.index];
          return Array.isArray(v) ? (v as string[]).includes(range.equals) : v === range.equals;
        }
        if ('between' in range) return r.year !== undefined && r.year >= range.between[0] && r.year <= range.between[1];
        return r.warningCount > range.above;
      });
      expect(filterSummaries(inRange, f(filter))).toEqual(filterSummaries(ROWS, f(filter)));
    }
  });
});

describe('filterOptions', () => {
  it('lists each value once, blanks left out, codes in vocabulary order, years ascending', () => {
    const o = filterOptions(ROWS);
    expect(o.bodies).toEqual(['省委第八巡视组', '市委第二巡察组']);
    expect(o.issuers).toHaveLength(3);
    expect(o.tags.sort()).toEqual(['待核', '重点'].sort());
    expect(o.codes).toEqual(['party_discipline', 'money_refunded']);
    expect(o.years).toEqual([2019, 2021, 2023]);
    expect(o.cities).not.toContain('');
  });
});

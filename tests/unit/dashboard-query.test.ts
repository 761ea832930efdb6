import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, parseDashboardQuery, serialiseDashboardQuery, type DashboardQuery } from '../../lib/collection/dashboard-query';
import { EMPTY_FILTER } from '../../lib/collection/summary-filter';

const SORTABLE = ['title', 'saved', 'year'];
const q = (over: Omit<Partial<DashboardQuery>, 'filter'> & { filter?: Partial<DashboardQuery['filter']> } = {}): DashboardQuery => ({
  ...DEFAULT_QUERY, ...over, filter: { ...EMPTY_FILTER, ...over.filter },
});

describe('parseDashboardQuery', () => {
  const cases: Array<[string, string, DashboardQuery]> = [
    ['empty', '', DEFAULT_QUERY],
    ['just a "?"', '?', DEFAULT_QUERY],
    ['charts view', '?view=charts', q({ view: 'charts' })],
    ['notice view with id', '?view=notice&id=42', q({ view: 'notice', id: 42 })],
    ['notice view without id is the list', '?view=notice', q()],
    ['notice view with a bad id is the list', '?view=notice&id=-3', q()],
    ['an id outside the notice view is dropped', '?id=42', q()],
    ['unknown view', '?view=settings', q()],
    ['text filters, decoded and trimmed', '?q=%E5%B7%A1%E8%A7%86%20%E6%95%B4%E6%94%B9%20&issuer=%E4%B8%AD%E5%85%B1X%E5%8C%BA%E5%A7%94', q({ filter: { q: '巡视 整改', issuer: '中共X区委' } })],
    ['body, province, city, tag', '?body=B&province=P&city=C&tag=T', q({ filter: { body: 'B', province: 'P', city: 'C', tag: 'T' } })],
    ['type 巡察', '?type=巡察', q({ filter: { type: '巡察' } })],
    ['unknown type dropped', '?type=audit', q()],
    ['year range', '?from=2020&to=2023', q({ filter: { from: 2020, to: 2023 } })],
    ['bad years dropped', '?from=20x0&to=99', q()],
    ['known code', '?code=party_discipline', q({ filter: { code: 'party_discipline' } })],
    ['unknown code dropped', '?code=nope', q()],
    ['warnings', '?warn=1', q({ filter: { warn: true } })],
    ['warn other than 1 is off', '?warn=yes', q()],
    ['sort', '?sort=title:asc', q({ sort: { id: 'title', desc: false } })],
    ['sort descending', '?sort=saved:desc', q({ sort: { id: 'saved', desc: true } })],
    ['sort on an unknown column dropped', '?sort=secret:asc', q()],
    ['sort with a bad direction dropped', '?sort=title:up', q()],
  ];
  for (const [name, search, expected] of cases) it(name, () => expect(parseDashboardQuery(search, SORTABLE)).toEqual(expected));

  it('without a column list any well-formed sort is kept', () => {
    expect(parseDashboardQuery('sort=anything:desc').sort).toEqual({ id: 'anything', desc: true });
  });
});

describe('serialiseDashboardQuery', () => {
  const cases: Array<[string, DashboardQuery, string]> = [
    ['default is empty', DEFAULT_QUERY, ''],
    ['charts', q({ view: 'charts' }), '?view=charts'],
    ['notice', q({ view: 'notice', id: 7 }), '?view=notice&id=7'],
    ['blank text left out', q({ filter: { q: '   ' } }), ''],
    ['everything, in a fixed order', q({
      view: 'charts', sort: { id: 'year', desc: false },
      filter: { q: 'a b', issuer: 'I', body: 'B', type: '巡视', province: 'P', city: 'C', from: 2020, to: 2023, code: 'money_fined', warn: true, tag: 'T' },
    }), `?view=charts&q=a+b&issuer=I&body=B&province=P&city=C&tag=T&type=${encodeURIComponent('巡视')}&from=2020&to=2023&code=money_fined&warn=1&sort=year%3Aasc`],
  ];
  for (const [name, query, expected] of cases) it(name, () => expect(serialiseDashboardQuery(query)).toBe(expected));
});

describe('round trip', () => {
  const queries: DashboardQuery[] = [
    DEFAULT_QUERY,
    q({ view: 'notice', id: 12 }),
    q({ filter: { q: '整改 & 通报 = 100%', tag: 'a#b?c' }, sort: { id: 'title', desc: true } }),
    q({ view: 'charts', filter: { type: '巡察', from: 2019, warn: true, code: 'party_discipline' } }),
    q({ filter: { to: 2024, province: '浙江省', city: '温州市', body: '省委第八巡视组', issuer: '中共温州市鹿城区委' } }),
  ];
  for (const query of queries) {
    it(serialiseDashboardQuery(query) || '(default)', () => expect(parseDashboardQuery(serialiseDashboardQuery(query), SORTABLE)).toEqual(query));
  }
});

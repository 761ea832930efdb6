// The charts' numbers: sums of the summary figures per code, year and province, and the same
// numbers the notices CSV writes for the same notices (one rule: lib/collection/notice-figures.ts).
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartData, disciplineTotal, type ChartRow } from '../../lib/collection';
import type { Fact } from '../../lib/contract';
import { noticesCsv } from '../../lib/csv';
import { saveNotice, savedNoticeRecords } from '../../lib/db';
import { CODES } from '../../lib/vocabulary';
import { freshDb, request } from './db-test-data';

type Fig = ChartRow['figures'][number];
const fig = (code: Fig['code'], value: number, kind: Fig['kind'] = 'sanction'): Fig => ({ code, kind, value });

const ROWS: ChartRow[] = [
  { year: 2024, province: '浙江省', figures: [fig('party_discipline', 40), fig('party_warning', 20), fig('gov_sanction', 10), fig('money_refunded', 15000, 'money')] },
  { year: 2024, province: '湖北省', figures: [fig('discipline_total', 30), fig('party_discipline', 25), fig('gov_sanction', 5), fig('money_recovered', 0.5, 'money')] },
  { year: 2023, province: '浙江省', figures: [fig('admonishment', 4), fig('money_refunded', 0.25, 'money'), fig('money_refunded', 0, 'money')] },
  { province: '', figures: [fig('problems_found', 9, 'count')] },
];

describe('chartData', () => {
  const d = chartData(ROWS);

  it('sums each sanction code over the notices, in vocabulary order', () => {
    expect(d.grades.map((g) => [g.code, g.value, g.notices])).toEqual([
      ['discipline_total', 30, 1], ['party_discipline', 65, 2], ['party_warning', 20, 1], ['gov_sanction', 15, 2], ['admonishment', 4, 1],
    ]);
  });

  it.each([
    ['党纪政务处分 stated', [fig('discipline_total', 30), fig('party_discipline', 25), fig('gov_sanction', 5)], 30],
    ['党纪 and 政务 added', [fig('party_discipline', 40), fig('gov_sanction', 10)], 50],
    ['only 党纪', [fig('party_discipline', 7)], 7],
    ['neither', [fig('admonishment', 4)], 0],
  ])('people sanctioned: %s', (_, figures, expected) => expect(disciplineTotal(figures)).toBe(expected));

  it('counts notices and people sanctioned by year, the undated last', () => {
    expect(d.years.map((y) => [y.key, y.notices, y.sanctioned])).toEqual([['2023', 1, 0], ['2024', 2, 80], ['', 1, 0]]);
  });

  it('counts them by province, most notices first and the unplaced last', () => {
    expect(d.provinces.map((p) => [p.key, p.notices, p.sanctioned])).toEqual([['浙江省', 2, 50], ['湖北省', 1, 30], ['', 1, 0]]);
  });

  it('sums money refunded and recovered by year, to the cent', () => {
    expect(d.money.map((m) => [m.year, m.code, m.value])).toEqual([
      ['2023', 'money_refunded', 0.25], ['2024', 'money_refunded', 15000], ['2024', 'money_recovered', 0.5],
    ]);
  });

  it('draws nothing for no notices', () => {
    expect(chartData([])).toEqual({ grades: [], years: [], provinces: [], money: [] });
  });
});

const f = (over: Partial<Fact>): Fact => ({
  kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 1, unit: '人', approx: false, parent: null,
  headline: false, quote: 'x', start: 0, end: 1, ...over,
});

/** Saved notices of different places and years, with and without a headline paragraph. */
const NOTICES: Array<{ issuer: string; date: string; facts: Fact[] }> = [
  { issuer: '中共温州市鹿城区委', date: '2024-06-10', facts: [
    f({ value: 42, headline: true }), f({ code: 'party_warning', value: 28, parent: 'party_discipline', headline: true }),
    f({ kind: 'money', code: 'money_refunded', value: 1858200, unit: '元', headline: true }), f({ code: 'admonishment', value: 3, start: 50 }),
  ] },
  { issuer: '中共武汉市江岸区委', date: '2024-03-01', facts: [
    f({ value: 5 }), f({ value: 2, start: 40 }), f({ code: 'party_warning', value: 2, parent: 'party_discipline', start: 41 }),
    f({ code: 'gov_sanction', value: 3, start: 60 }), f({ kind: 'money', code: 'money_recovered', value: 12345.67, unit: '元', start: 70 }),
  ] },
  { issuer: '中共浙江大学委员会', date: '2023-09-09', facts: [f({ code: 'discipline_total', value: 11, headline: true }), f({ value: 8, headline: true })] },
  { issuer: '中共杭州市委', date: '2023-01-02', facts: [f({ code: 'reminder_talk', value: null })] },
];

async function seeded() {
  const db = freshDb();
  for (const [i, n] of NOTICES.entries()) {
    const base = request({}, n.facts);
    const url = `https://www.example${i}.gov.cn/notice.html`;
    const r = await saveNotice(db, {
      ...base, url, canonicalUrl: url, textHash: String(i).repeat(64), pageTitle: `${n.issuer}关于巡视整改进展情况的通报`,
      extraction: { ...base.extraction, source: url, notice: { ...base.extraction.notice, issuer: n.issuer, inspectedUnit: null, publishedDate: n.date } },
      selectors: n.facts.map((x) => ({ exact: x.quote, prefix: '', suffix: '', start: x.start, end: x.end })),
    });
    expect(r).toMatchObject({ status: 'saved' });
  }
  return db;
}

describe('charts and the notices CSV agree', () => {
  it('every chart number is a sum of the CSV columns of the same notices', async () => {
    const db = await seeded();
    const summaries = await db.summaries.toArray();
    const { data } = Papa.parse<string[]>(noticesCsv(await savedNoticeRecords(db)).slice(1), { skipEmptyLines: true });
    const header = data[0];
    const csv = data.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const num = (row: Record<string, string>, code: string) => (row[code] === '' ? 0 : Number(row[code]));
    const sum = (rows: typeof csv, code: string) => rows.reduce((s, r) => s + num(r, code), 0);
    const people = (r: Record<string, string>) => (r.discipline_total !== '' ? num(r, 'discipline_total') : num(r, 'party_discipline') + num(r, 'gov_sanction'));

    const d = chartData(summaries);
    expect(d.grades.length).toBeGreaterThan(3);
    for (const g of d.grades) expect(g.value).toBeCloseTo(sum(csv, g.code), 2);
    for (const code of CODES.filter((c) => !d.grades.some((g) => g.code === c) && c.startsWith('party'))) expect(sum(csv, code)).toBe(0);
    for (const p of d.provinces) {
      const rows = csv.filter((r) => r.province === p.key);
      expect([p.notices, p.sanctioned]).toEqual([rows.length, rows.reduce((s, r) => s + people(r), 0)]);
    }
    for (const y of d.years) {
      const rows = csv.filter((r) => r.published_date.slice(0, 4) === y.key);
      expect([y.notices, y.sanctioned]).toEqual([rows.length, rows.reduce((s, r) => s + people(r), 0)]);
    }
    for (const m of d.money) expect(m.value).toBeCloseTo(sum(csv.filter((r) => r.published_date.startsWith(m.year)), m.code), 2);

    // And what the rows hold: the places, the headline/facts rule and where each came from.
    expect(csv.map((r) => [r.province, r.city, r.county, r.division_code, r.figures_from, r.party_discipline])).toEqual([
      ['浙江省', '温州市', '鹿城区', '330302', 'mixed', '42'],
      ['湖北省', '武汉市', '江岸区', '420102', 'facts', '7'],
      ['', '', '', '', 'headline', '8'],
      ['浙江省', '杭州市', '', '330100', '', ''],
    ]);
  });
});

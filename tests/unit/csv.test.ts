import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE, type Extraction, type Fact } from '../../lib/contract';
import { csvFileName, FACT_COLUMNS, factsCsv, NOTICE_COLUMNS, noticesCsv, type CsvNoticeRecord } from '../../lib/csv';
import { CODES, TERMS } from '../../lib/vocabulary';

function fact(over: Partial<Fact>): Fact {
  return {
    kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false,
    parent: null, headline: true, quote: '给予党纪处分42人', start: 10, end: 19, ...over,
  };
}

function record(facts: Fact[], over: Partial<Extraction['notice']> = {}): CsvNoticeRecord {
  return {
    url: 'https://example.gov.cn/a.html',
    savedAt: '2026-11-23T10:00:00.000Z',
    extraction: {
      source: 'https://example.gov.cn/a.html',
      detection: { isNotice: true, score: 0.97, reasons: [] },
      notice: { ...EMPTY_NOTICE, title: '关于巡视整改情况的通报', issuer: '中共温州市鹿城区委', publishedDate: '2025-06-10', ...over },
      facts,
      numbers: [],
      checks: [
        { code: 'party_discipline', stated: 42, sumOfParts: 41, ok: false },
        { code: 'gov_sanction', stated: 21, sumOfParts: 21, ok: true },
      ],
    },
  };
}

/** Parses our CSV back (BOM stripped) into header + rows of strings. */
function parse(csv: string): { header: string[]; rows: string[][] } {
  const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  return { header: data[0], rows: data.slice(1) };
}

const facts = [
  fact({}),
  fact({ code: 'party_warning', label: '党内警告', value: 28, parent: 'party_discipline', quote: '党内警告28人', start: 20, end: 26 }),
  fact({ kind: 'money', code: 'money_refunded', label: '清退', value: 1858200, unit: '元', quote: '清退款项185.82万元', start: 40, end: 52 }),
  fact({ code: 'party_discipline', value: 7, headline: false, quote: '党纪处分7人', start: 300, end: 306 }),
  fact({ code: 'admonishment', label: '诫勉', value: null, unit: null, headline: true, quote: '诫勉', start: 60, end: 62 }),
];

describe('noticesCsv', () => {
  const csv = noticesCsv([record(facts)]);
  const { header, rows } = parse(csv);
  const cell = (name: string) => rows[0][header.indexOf(name)];

  it('starts with a BOM, uses CRLF and ends with one', () => {
    expect(csv.startsWith('\uFEFFurl,title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has the notice columns then one column per code, in vocabulary order', () => {
    expect(header).toEqual([...NOTICE_COLUMNS]);
    expect(header.slice(-CODES.length)).toEqual(TERMS.map((t) => t.code));
  });

  it('takes each code\'s figure from its first headline fact with a number', () => {
    expect(cell('party_discipline')).toBe('42');
    expect(cell('party_warning')).toBe('28');
    expect(cell('money_refunded')).toBe('1858200');
    expect(cell('admonishment')).toBe('');
    expect(cell('gov_sanction')).toBe('');
  });

  it('fills the notice fields, counts and warnings', () => {
    expect(cell('title')).toBe('关于巡视整改情况的通报');
    expect(cell('issuer')).toBe('中共温州市鹿城区委');
    expect(cell('published_date')).toBe('2025-06-10');
    expect(cell('inspection_start')).toBe('');
    expect(cell('detection_score')).toBe('0.97');
    expect(cell('saved_at')).toBe('2026-11-23T10:00:00.000Z');
    expect(cell('fact_count')).toBe('5');
    expect(cell('check_warnings')).toBe('1');
  });

  it('writes a header-only file for no records', () => {
    expect(noticesCsv([])).toBe(`\uFEFF${NOTICE_COLUMNS.join(',')}\r\n`);
  });
});

describe('factsCsv', () => {
  it('writes one row per fact with its notice and English label', () => {
    const { header, rows } = parse(factsCsv([record(facts), record(facts.slice(0, 1))]));
    expect(header).toEqual([...FACT_COLUMNS]);
    expect(rows).toHaveLength(6);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({
      url: 'https://example.gov.cn/a.html', title: '关于巡视整改情况的通报', kind: 'sanction', code: 'party_warning',
      label: '党内警告', label_en: 'intra-party warning', value: '28', unit: '人', approx: 'false',
      parent: 'party_discipline', headline: 'true', quote: '党内警告28人', start: '20', end: '26',
    });
    expect(rows[4][header.indexOf('value')]).toBe('');
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    const csv = factsCsv([record([fact({ quote: '给予"党纪处分",42人\n另' })], { title: 'a,b' })]);
    expect(csv).toContain('"给予""党纪处分"",42人\n另"');
    expect(csv).toContain(',"a,b",');
    expect(parse(csv).rows[0][FACT_COLUMNS.indexOf('quote')]).toBe('给予"党纪处分",42人\n另');
  });

  it.each(['=HYPERLINK("x")', '+1', '-5人', '@SUM(A1)', '\tx', '\rx'])('neutralises a formula in text: %j', (quote) => {
    const { rows } = parse(factsCsv([record([fact({ quote })])]));
    expect(rows[0][FACT_COLUMNS.indexOf('quote')]).toBe(`'${quote}`);
  });

  it('leaves numbers alone, negative ones included', () => {
    const csv = factsCsv([record([fact({ value: -5, start: 0, end: 3 })])]);
    const { rows } = parse(csv);
    expect(rows[0][FACT_COLUMNS.indexOf('value')]).toBe('-5');
    expect(rows[0][FACT_COLUMNS.indexOf('start')]).toBe('0');
    const notices = parse(noticesCsv([record([fact({ value: -5 })])]));
    expect(notices.rows[0][notices.header.indexOf('party_discipline')]).toBe('-5');
  });
});

describe('csvFileName', () => {
  it.each([
    ['notices', new Date(2026, 0, 5, 23, 59), 'rectify-lens-notices-2026-01-05.csv'],
    ['facts', new Date(2025, 10, 23, 0, 1), 'rectify-lens-facts-2025-11-23.csv'],
  ] as const)('%s', (kind, date, expected) => {
    expect(csvFileName(kind, date)).toBe(expected);
  });
});

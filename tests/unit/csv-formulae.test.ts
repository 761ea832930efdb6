// Hostile text in every text column of both exports (a page's title, a quote, an imported backup):
// read back with papaparse, each cell keeps its text (bar the leading ') and none can start a
// formula, while numeric columns stay plain numbers.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_NOTICE, type Fact } from '../../lib/contract';
import { FACT_COLUMNS, factsCsv, NOTICE_COLUMNS, noticesCsv, type CsvNoticeRecord } from '../../lib/csv';
import { exportBackup, importBackup, saveNotice, savedNoticeRecords } from '../../lib/db';
import { freshDb, request } from './db-test-data';

const HOSTILE: readonly string[] = [
  "=cmd|' /C calc'!A0\n=HYPERLINK(\"http://x\")", // a line break after the leading = (slipped through before)
  '=1+1\r\nsecond line',
  '+1\n2',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\r\n=1',
  '=',
  '给予"党纪处分",42人\n=1', // quoting and a formula on the next line: only the first character counts
  ' =1', // not a formula start: left as it is
];
const FORMULA_START = /^[=+\-@\t\r]/;
const expected = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

function hostileRecord(text: string, value: number): CsvNoticeRecord {
  const fact: Fact = {
    kind: 'sanction', code: 'party_discipline', label: text, value, unit: text, approx: false,
    parent: null, headline: true, quote: text, start: 0, end: 5,
  };
  return {
    url: text,
    savedAt: text,
    extraction: {
      source: text,
      detection: { isNotice: true, score: 0.5, reasons: [text] },
      notice: { ...EMPTY_NOTICE, title: text, issuer: text, inspectedUnit: text, inspectionBody: text },
      facts: [fact],
      numbers: [],
      checks: [],
    },
  };
}

const records = HOSTILE.map((text, i) => hostileRecord(text, -(i + 1)));

const EXPORTS = [
  {
    name: 'notices', csv: noticesCsv(records), columns: NOTICE_COLUMNS,
    text: ['url', 'title', 'issuer', 'inspected_unit', 'inspection_body', 'saved_at'],
    numeric: ['detection_score', 'fact_count', 'check_warnings', 'party_discipline'], figure: 'party_discipline',
  },
  {
    name: 'facts', csv: factsCsv(records), columns: FACT_COLUMNS,
    text: ['url', 'title', 'issuer', 'label', 'unit', 'quote'],
    numeric: ['value', 'start', 'end'], figure: 'value',
  },
] as const;

describe.each(EXPORTS)('$name CSV with hostile cells', ({ csv, columns, text, numeric, figure }) => {
  const { data, errors } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  const [header, ...rows] = data;
  const col = (name: string) => header.indexOf(name);

  it('parses back into one row per record, with the header', () => {
    expect(errors).toEqual([]);
    expect(header).toEqual([...columns]);
    expect(rows).toHaveLength(HOSTILE.length);
  });

  it('keeps every text cell intact apart from the leading quote', () => {
    for (const [i, row] of rows.entries()) {
      for (const name of text) expect(row[col(name)], `${name} of row ${i}`).toBe(expected(HOSTILE[i]));
    }
  });

  it('has no text cell starting with a formula character', () => {
    const numericCols = new Set(numeric.map(col));
    for (const row of rows) {
      for (const [c, cell] of row.entries()) {
        if (numericCols.has(c)) continue;
        expect(FORMULA_START.test(cell), `${header[c]}: ${JSON.stringify(cell)}`).toBe(false);
      }
    }
  });

  it('writes numeric columns as plain numbers, negative ones unprefixed', () => {
    for (const row of rows) {
      for (const name of numeric) expect(row[col(name)], name).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(rows.map((r) => Number(r[col(figure)]))).toEqual(HOSTILE.map((_, i) => -(i + 1)));
  });
});

describe('a hostile backup, imported then exported as CSV (the path the issue found open)', () => {
  it('neutralises the multi-line formula cells it brought in', async () => {
    const source = freshDb();
    await saveNotice(source, request());
    const backup = await exportBackup(source);
    const [notice] = backup.notices as Record<string, unknown>[] as { notice: Record<string, unknown>; facts: Record<string, unknown>[] }[];
    notice.notice = { ...notice.notice, title: HOSTILE[0], issuer: HOSTILE[1] };
    notice.facts = notice.facts.map((f, i) => ({ ...f, quote: HOSTILE[i % HOSTILE.length] }));
    const target = freshDb();
    expect(await importBackup(target, JSON.stringify(backup))).toMatchObject({ status: 'imported', added: 1 });

    const records = await savedNoticeRecords(target);
    const notices = Papa.parse<Record<string, string>>(noticesCsv(records).slice(1), { header: true, skipEmptyLines: true });
    expect(notices.data[0].title).toBe(expected(HOSTILE[0]));
    expect(notices.data[0].issuer).toBe(expected(HOSTILE[1]));
    const facts = Papa.parse<Record<string, string>>(factsCsv(records).slice(1), { header: true, skipEmptyLines: true });
    expect(facts.data.map((r) => r.quote)).toEqual(notice.facts.map((f) => expected(f.quote as string)));
    expect(facts.data.every((r) => /^\d+$/.test(r.value))).toBe(true);
  });
});

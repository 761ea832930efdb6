// One row per fact, with enough of its notice repeated to read the row alone.
import type { Fact } from '../contract';
import { isCode, termOf } from '../vocabulary';
import { originOf, regionCells, REGION_COLUMNS, type CsvNoticeRecord } from './csv-record';
import { writeCsv, type CsvCell } from './write-csv';

export const FACT_COLUMNS: readonly string[] = [
  'url', 'title', 'issuer', ...REGION_COLUMNS, 'published_date', 'inspection_start', 'inspection_end', 'feedback_date',
  'kind', 'code', 'label', 'label_en', 'value', 'unit', 'approx', 'parent', 'headline', 'quote',
  'start', 'end', 'origin',
];

function factRow(notice: CsvCell[], f: Fact): CsvCell[] {
  return [
    ...notice,
    f.kind, f.code, f.label, isCode(f.code) ? termOf(f.code).labelEn : null, f.value, f.unit,
    f.approx, f.parent, f.headline, f.quote, f.start, f.end, originOf(f),
  ];
}

export function factRows(records: readonly CsvNoticeRecord[]): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const { url, extraction: x, region } of records) {
    const n = x.notice;
    const notice = [url, n.title, n.issuer, ...regionCells(region), n.publishedDate, n.inspectionStart, n.inspectionEnd, n.feedbackDate];
    for (const f of x.facts) rows.push(factRow(notice, f));
  }
  return rows;
}

export function factsCsv(records: readonly CsvNoticeRecord[]): string {
  return writeCsv(FACT_COLUMNS, factRows(records));
}

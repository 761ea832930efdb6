// One row per notice: who, when, and each code's headline figure in its own column.
import type { Fact } from '../contract';
import { failedChecks } from '../collection/failed-checks';
import { CODES } from '../vocabulary';
import { originOf, type CsvNoticeRecord } from './csv-record';
import { writeCsv, type CsvCell } from './write-csv';

export const NOTICE_COLUMNS: readonly string[] = [
  'url', 'title', 'issuer', 'inspected_unit', 'inspection_body', 'inspection_type',
  'inspection_start', 'inspection_end', 'feedback_date', 'published_date', 'detection_score',
  'saved_at', 'fact_count', 'check_warnings',
  ...CODES,
];

/** Each code's figure from its first headline fact that names a number (the summary of totals). */
function headlineByCode(facts: readonly Fact[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of facts) {
    if (f.headline && f.value !== null && !out.has(f.code)) out.set(f.code, f.value);
  }
  return out;
}

export function noticeRow({ url, savedAt, extraction: x }: CsvNoticeRecord): CsvCell[] {
  const n = x.notice;
  // Facts a researcher rejected are in the facts file (origin = rejected) but count for nothing.
  const facts = x.facts.filter((f) => originOf(f) !== 'rejected');
  const figures = headlineByCode(facts);
  return [
    url, n.title, n.issuer, n.inspectedUnit, n.inspectionBody, n.inspectionType,
    n.inspectionStart, n.inspectionEnd, n.feedbackDate, n.publishedDate, x.detection.score,
    savedAt, facts.length, failedChecks(x.checks).length,
    ...CODES.map((code) => figures.get(code) ?? null),
  ];
}

export function noticesCsv(records: readonly CsvNoticeRecord[]): string {
  return writeCsv(NOTICE_COLUMNS, records.map(noticeRow));
}

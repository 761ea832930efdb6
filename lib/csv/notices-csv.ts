// One row per notice: who, where, when, and each code's figure in its own column.
import { failedChecks } from '../collection/failed-checks';
import { figuresFrom, noticeFigures } from '../collection/notice-figures';
import { CODES } from '../vocabulary';
import { originOf, regionCells, REGION_COLUMNS, type CsvNoticeRecord } from './csv-record';
import { writeCsv, type CsvCell } from './write-csv';

export const NOTICE_COLUMNS: readonly string[] = [
  'url', 'title', 'issuer', 'inspected_unit', ...REGION_COLUMNS, 'inspection_body', 'inspection_type',
  'inspection_start', 'inspection_end', 'feedback_date', 'published_date', 'detection_score',
  'saved_at', 'fact_count', 'check_warnings', 'tags', 'note', 'figures_from',
  ...CODES,
];

export function noticeRow({ url, savedAt, extraction: x, region, annotation }: CsvNoticeRecord): CsvCell[] {
  const n = x.notice;
  // Facts a researcher rejected are in the facts file (origin = rejected) but count for nothing.
  const facts = x.facts.filter((f) => originOf(f) !== 'rejected');
  // The summaries and the charts read the same rule: headline figure, else top-level facts.
  const figures = noticeFigures(facts);
  const byCode = new Map(figures.map((f) => [f.code, f.value]));
  return [
    url, n.title, n.issuer, n.inspectedUnit, ...regionCells(region), n.inspectionBody, n.inspectionType,
    n.inspectionStart, n.inspectionEnd, n.feedbackDate, n.publishedDate, x.detection.score,
    savedAt, facts.length, failedChecks(x.checks).length,
    // The tags in one cell, '; ' between them, as a spreadsheet filter reads them.
    annotation?.tags.length ? annotation.tags.join('; ') : null, annotation?.note || null, figuresFrom(figures),
    ...CODES.map((code) => byCode.get(code) ?? null),
  ];
}

export function noticesCsv(records: readonly CsvNoticeRecord[]): string {
  return writeCsv(NOTICE_COLUMNS, records.map(noticeRow));
}

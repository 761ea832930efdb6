// The dashboard grid's filters over summary rows: free text and one value per field, all of which
// must hold. Pure, so the same filter drives the grid, the charts, the CSV export's notice ids
// and the bookmarkable dashboard URL (dashboard-query.ts).
import type { SummaryRow } from '../db/summary-schema';
import { CODES, isCode } from '../vocabulary';

export const INSPECTION_TYPES = ['巡视', '巡察'] as const;
export type InspectionTypeFilter = '' | (typeof INSPECTION_TYPES)[number];

export interface SummaryFilter {
  /** Whitespace-separated words; each must occur in the title, issuer, unit, URL or note. */
  q: string;
  issuer: string;
  /** inspectionBody, exactly. */
  body: string;
  type: InspectionTypeFilter;
  province: string;
  city: string;
  /** Year range, inclusive; a notice without a year is outside any range. */
  from: number | null;
  to: number | null;
  /** A vocabulary code the notice must have a fact of. */
  code: string;
  /** Only notices with check warnings. */
  warn: boolean;
  tag: string;
}

export const EMPTY_FILTER: SummaryFilter = {
  q: '', issuer: '', body: '', type: '', province: '', city: '', from: null, to: null, code: '', warn: false, tag: '',
};

export type FilterableRow = Pick<
  SummaryRow,
  'url' | 'title' | 'notice' | 'year' | 'issuer' | 'inspectionBody' | 'inspectionType' | 'province' | 'city' | 'codes' | 'warningCount' | 'tags' | 'note'
>;

export function isEmptyFilter(f: SummaryFilter): boolean {
  return (Object.keys(EMPTY_FILTER) as Array<keyof SummaryFilter>).every((k) => f[k] === EMPTY_FILTER[k]);
}

function words(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(r: FilterableRow): string {
  return [r.title, r.issuer, r.notice.inspectedUnit, r.inspectionBody, r.url, r.note].filter(Boolean).join('\n').toLowerCase();
}

/** The year bounds in order (a reversed range is read as meant: from the smaller year). */
function yearBounds(f: SummaryFilter): [number, number] | null {
  if (f.from === null && f.to === null) return null;
  const lo = f.from ?? -Infinity;
  const hi = f.to ?? Infinity;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

/** A predicate for one filter, built once and applied to every row. */
export function summaryPredicate(f: SummaryFilter): (r: FilterableRow) => boolean {
  const ws = words(f.q);
  const years = yearBounds(f);
  return (r) =>
    (!f.issuer || r.issuer === f.issuer) &&
    (!f.body || r.inspectionBody === f.body) &&
    (!f.type || r.inspectionType === f.type) &&
    (!f.province || r.province === f.province) &&
    (!f.city || r.city === f.city) &&
    (!years || (r.year !== undefined && r.year >= years[0] && r.year <= years[1])) &&
    (!f.code || r.codes.includes(f.code as (typeof r.codes)[number])) &&
    (!f.warn || r.warningCount > 0) &&
    (!f.tag || r.tags.includes(f.tag)) &&
    (ws.length === 0 || ((text) => ws.every((w) => text.includes(w)))(haystack(r)));
}

export function filterSummaries<T extends FilterableRow>(rows: readonly T[], f: SummaryFilter): T[] {
  if (isEmptyFilter(f)) return [...rows];
  const keep = summaryPredicate(f);
  return rows.filter(keep);
}

/** One indexed range of the summaries table that holds every row the filter can keep. */
export type IndexedRange =
  | { index: 'issuer' | 'inspectionBody' | 'inspectionType' | 'province' | 'codes' | 'tags'; equals: string }
  | { index: 'year'; between: [number, number] }
  | { index: 'warningCount'; above: number };

/**
 * The narrowest index the filter allows reading instead of the whole table, most selective
 * first; null when only a full read will do. The caller still applies filterSummaries to what
 * the range returns (the other conditions).
 */
export function indexedRange(f: SummaryFilter): IndexedRange | null {
  if (f.issuer) return { index: 'issuer', equals: f.issuer };
  if (f.body) return { index: 'inspectionBody', equals: f.body };
  if (f.tag) return { index: 'tags', equals: f.tag };
  if (f.province) return { index: 'province', equals: f.province };
  if (f.code && isCode(f.code)) return { index: 'codes', equals: f.code };
  const years = yearBounds(f);
  if (years) return { index: 'year', between: [Math.max(years[0], 0), Math.min(years[1], 9999)] };
  if (f.warn) return { index: 'warningCount', above: 0 };
  if (f.type) return { index: 'inspectionType', equals: f.type };
  return null;
}

export interface FilterOptions {
  issuers: string[];
  bodies: string[];
  provinces: string[];
  cities: string[];
  tags: string[];
  codes: string[];
  years: number[];
}

const zh = new Intl.Collator('zh-Hans-CN');

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(Boolean).sort(zh.compare);
}

/** Each known code once, in the vocabulary's order (how the UI lists codes). */
export function inVocabularyOrder(codes: Iterable<string>): string[] {
  const seen = new Set(codes);
  return CODES.filter((c) => seen.has(c));
}

/** The values each filter can take in these rows (sorted, codes in vocabulary order, blanks left out). */
export function filterOptions(rows: readonly FilterableRow[]): FilterOptions {
  return {
    issuers: distinct(rows.map((r) => r.issuer)),
    bodies: distinct(rows.map((r) => r.inspectionBody)),
    provinces: distinct(rows.map((r) => r.province)),
    cities: distinct(rows.map((r) => r.city)),
    tags: distinct(rows.flatMap((r) => r.tags)),
    codes: inVocabularyOrder(rows.flatMap((r) => r.codes)),
    years: [...new Set(rows.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort((a, b) => a - b),
  };
}

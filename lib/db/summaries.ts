// Builds a notice's summary row (pure) and keeps the collection totals in step with it: the
// totals change by the difference between the old and the new summary, so no write ever re-reads
// the collection.
import { noticeFigures } from '../collection/notice-figures';
import { failedChecks } from '../collection/failed-checks';
import { noticeRegion } from '../regions';
import type { AnnotationRow, CorrectionRow } from './annotation-schema';
import { acceptedFacts, applyCorrections } from './apply-corrections';
import type { StoredFact, StoredNotice } from './schema';
import type { StatsRow, SummaryFigure, SummaryRow } from './summary-schema';

/** Bump when buildSummary's rules change: summaries are then rebuilt on the next start. */
export const SUMMARY_VERSION = 2; // 2: regions; figures from top-level facts where no headline states one

export interface SummaryInputs {
  notice: StoredNotice;
  facts: readonly StoredFact[];
  corrections: readonly CorrectionRow[];
  annotation?: AnnotationRow;
}

export function buildSummary({ notice, facts, corrections, annotation }: SummaryInputs): SummaryRow {
  const shown = acceptedFacts(applyCorrections(facts, corrections));
  const n = notice.notice;
  // The notices CSV and the charts read figures by the same rule (lib/collection/notice-figures.ts).
  const figures: SummaryFigure[] = noticeFigures(shown);
  const year = [n.publishedDate, n.feedbackDate, n.inspectionEnd].find(Boolean)?.slice(0, 4);
  return {
    noticeId: notice.id,
    url: notice.url,
    host: hostOf(notice.url),
    title: n.title ?? notice.pageTitle,
    notice: n,
    ...(year ? { year: Number(year) } : {}),
    issuer: n.issuer ?? '',
    inspectionBody: n.inspectionBody ?? '',
    inspectionType: n.inspectionType ?? '',
    ...noticeRegion(n),
    figures,
    codes: [...new Set(shown.map((f) => f.code))].sort(),
    factCount: shown.length,
    warningCount: failedChecks(notice.checks).length,
    correctionCount: corrections.length,
    tags: annotation?.tags ?? [],
    note: annotation?.note ?? '',
    engineVersion: notice.engineVersion ?? '',
    savedAt: notice.savedAt,
    updatedAt: notice.updatedAt,
  };
}

/** Sums of yuan to the cent: adding and then subtracting a figure gives back the same total. */
function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function emptyStats(): StatsRow {
  return { key: 'collection', summaryVersion: SUMMARY_VERSION, notices: 0, facts: 0, byCode: {} };
}

/** The totals after replacing `before` (absent: a new notice) by `after` (absent: removed). */
export function updateStats(stats: StatsRow, before: SummaryRow | undefined, after: SummaryRow | undefined): StatsRow {
  const next: StatsRow = { ...stats, byCode: { ...stats.byCode } };
  const apply = (s: SummaryRow, sign: 1 | -1) => {
    next.notices += sign;
    next.facts += sign * s.factCount;
    for (const f of s.figures) {
      const t = next.byCode[f.code] ?? { kind: f.kind, parent: f.parent, value: 0, notices: 0, approxNotices: 0, units: {} };
      const units = { ...t.units };
      if (f.unit) units[f.unit] = (units[f.unit] ?? 0) + sign;
      if (f.unit && units[f.unit] <= 0) delete units[f.unit];
      const total = { kind: t.kind, parent: t.parent, value: roundCents(t.value + sign * f.value), notices: t.notices + sign, approxNotices: t.approxNotices + (f.approx ? sign : 0), units };
      if (total.notices <= 0) delete next.byCode[f.code];
      else next.byCode[f.code] = total;
    }
  };
  if (before) apply(before, -1);
  if (after) apply(after, 1);
  return next;
}

// Reads saved notices back as contract records (facts re-attached) for the CSV export.
import type { Extraction } from '../contract';
import { applyCorrections } from './apply-corrections';
import type { CorrectionRow } from './annotation-schema';
import type { RectifyLensDb } from './database';
import type { Region } from '../regions/infer-region';
import type { FactRow, NoticeRow } from './schema';

/** Same shape as lib/csv's CsvNoticeRecord. */
export interface SavedNoticeRecord {
  url: string;
  savedAt: string | null;
  extraction: Extraction;
  /** From the notice's summary, which inferred it when the notice was saved. */
  region?: Region;
}

/** The record of a notice; with corrections, its facts carry their `origin` (the CSV column). */
export function toExtraction(notice: NoticeRow, facts: FactRow[], corrections: readonly CorrectionRow[] = []): Extraction {
  const shown = corrections.length ? applyCorrections(facts, corrections) : facts;
  return {
    source: notice.source || notice.url,
    detection: notice.detection,
    notice: notice.notice,
    facts: shown.map(({ kind, code, label, value, unit, approx, parent, headline, quote, start, end, ...rest }) => ({
      kind, code, label, value, unit, approx, parent, headline, quote, start, end,
      ...('origin' in rest ? { origin: rest.origin } : {}),
    })),
    numbers: notice.numbers,
    checks: notice.checks,
  };
}

/** Every saved notice, oldest save first, with its facts in reading order. */
export async function savedNoticeRecords(db: RectifyLensDb): Promise<SavedNoticeRecord[]> {
  return db.transaction('r', [db.notices, db.facts, db.corrections, db.summaries], async () => {
    const notices = await db.notices.orderBy('savedAt').toArray();
    const facts = await db.facts.toArray();
    const corrections = new Map<number, CorrectionRow[]>();
    for (const c of await db.corrections.toArray()) corrections.set(c.noticeId, [...(corrections.get(c.noticeId) ?? []), c]);
    const regions = new Map<number, Region>();
    for (const { noticeId, province, city, county, divisionCode } of await db.summaries.toArray()) regions.set(noticeId, { province, city, county, divisionCode });
    const byNotice = new Map<number, FactRow[]>();
    for (const f of facts) {
      const list = byNotice.get(f.noticeId) ?? [];
      list.push(f);
      byNotice.set(f.noticeId, list);
    }
    return notices.map((n) => {
      const own = (byNotice.get(n.id!) ?? []).sort((a, b) => a.start - b.start || a.id! - b.id!);
      return { url: n.url, savedAt: n.savedAt, extraction: toExtraction(n, own, corrections.get(n.id!)), region: regions.get(n.id!) };
    });
  });
}

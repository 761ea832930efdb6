// Reads saved notices back as contract records (facts re-attached) for the CSV export.
import type { Extraction } from '../contract';
import { applyCorrections } from './apply-corrections';
import type { CorrectionRow } from './annotation-schema';
import type { RectifyLensDb } from './database';
import type { Region } from '../regions/infer-region';
import type { FactRow, NoticeRow } from './schema';
import { groupByNotice } from './group-by-notice';

/** Same shape as lib/csv's CsvNoticeRecord. */
export interface SavedNoticeRecord {
  url: string;
  savedAt: string | null;
  extraction: Extraction;
  /** From the notice's summary, which inferred it when the notice was saved. */
  region?: Region;
  annotation?: { tags: readonly string[]; note: string };
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

export const CSV_PAGE = 200;

export interface RecordPageOptions {
  /** Only these notices (a filtered selection); absent: the whole collection. */
  noticeIds?: readonly number[];
  pageSize?: number;
}


async function recordPage(db: RectifyLensDb, ids: number[]): Promise<SavedNoticeRecord[]> {
  return db.transaction('r', [db.notices, db.facts, db.corrections, db.summaries], async () => {
    const [notices, summaries, facts, corrections] = await Promise.all([
      db.notices.bulkGet(ids),
      db.summaries.bulkGet(ids),
      db.facts.where('noticeId').anyOf(ids).toArray().then(groupByNotice),
      db.corrections.where('noticeId').anyOf(ids).toArray().then(groupByNotice),
    ]);
    const out: SavedNoticeRecord[] = [];
    notices.forEach((n, i) => {
      if (!n) return; // removed since the keys were read
      const own = (facts.get(n.id!) ?? []).sort((a, b) => a.start - b.start || a.id! - b.id!);
      const s = summaries[i];
      const region: Region | undefined = s && { province: s.province, city: s.city, county: s.county, divisionCode: s.divisionCode };
      const annotation = s && { tags: s.tags, note: s.note };
      out.push({ url: n.url, savedAt: n.savedAt, extraction: toExtraction(n, own, corrections.get(n.id!)), region, annotation });
    });
    return out;
  });
}

/**
 * The saved notices, oldest save first, a page at a time (each page read in its own
 * transaction): an export of any size holds one page of facts, not the collection.
 */
export async function* savedNoticeRecordPages(db: RectifyLensDb, options: RecordPageOptions = {}): AsyncGenerator<SavedNoticeRecord[]> {
  const size = options.pageSize ?? CSV_PAGE;
  let ids = (await db.notices.orderBy('savedAt').primaryKeys()) as number[];
  if (options.noticeIds) {
    const wanted = new Set(options.noticeIds);
    ids = ids.filter((id) => wanted.has(id));
  }
  for (let i = 0; i < ids.length; i += size) {
    const page = await recordPage(db, ids.slice(i, i + size));
    if (page.length) yield page;
  }
}

/** Every saved notice, oldest save first, with its facts in reading order. */
export async function savedNoticeRecords(db: RectifyLensDb, options: RecordPageOptions = {}): Promise<SavedNoticeRecord[]> {
  const out: SavedNoticeRecord[] = [];
  for await (const page of savedNoticeRecordPages(db, options)) out.push(...page);
  return out;
}

// Deleting a notice takes everything that belongs to it — facts, corrections, tags and note,
// archived text, summary — in one transaction, and hands it all back so the dashboard's Undo can
// restore the notice exactly, with the same ids (corrections point at fact ids).
import type { RectifyLensDb } from './database';
import type { AnnotationRow, StoredCorrection } from './annotation-schema';
import type { ArchiveRow } from './archive-schema';
import { refreshSummary, SUMMARY_TABLE_NAMES } from './refresh-summary';
import type { StoredFact, StoredNotice } from './schema';

export interface RemovedNotice {
  notice: StoredNotice;
  facts: StoredFact[];
  corrections: StoredCorrection[];
  annotation?: AnnotationRow;
  archive?: ArchiveRow;
}

const TABLES = [...SUMMARY_TABLE_NAMES, 'archives'];

/** Deletes a notice and all that is its own; undefined when there was no such notice. */
export async function removeNotice(db: RectifyLensDb, noticeId: number): Promise<RemovedNotice | undefined> {
  return db.transaction('rw', TABLES, async () => {
    const notice = (await db.notices.get(noticeId)) as StoredNotice | undefined;
    if (!notice) return undefined;
    const removed: RemovedNotice = {
      notice,
      facts: (await db.facts.where('noticeId').equals(noticeId).toArray()) as StoredFact[],
      corrections: (await db.corrections.where('noticeId').equals(noticeId).toArray()) as StoredCorrection[],
      annotation: await db.annotations.get(noticeId),
      archive: await db.archives.get(noticeId),
    };
    await db.facts.where('noticeId').equals(noticeId).delete();
    await db.corrections.where('noticeId').equals(noticeId).delete();
    await db.annotations.delete(noticeId);
    await db.archives.delete(noticeId);
    await db.notices.delete(noticeId);
    await refreshSummary(db, noticeId);
    return removed;
  });
}

/**
 * Puts a removed notice back as it was. Refused (false) when the same notice was saved again
 * meanwhile (its text is stored under another id): the newer save wins, nothing is doubled.
 */
export async function restoreNotice(db: RectifyLensDb, removed: RemovedNotice): Promise<boolean> {
  return db.transaction('rw', TABLES, async () => {
    if (await db.notices.get(removed.notice.id)) return false;
    if (await db.notices.where('textHash').equals(removed.notice.textHash).count()) return false;
    await db.notices.add(removed.notice);
    await db.facts.bulkAdd(removed.facts);
    await db.corrections.bulkAdd(removed.corrections);
    if (removed.annotation) await db.annotations.add(removed.annotation);
    if (removed.archive) await db.archives.add(removed.archive);
    await refreshSummary(db, removed.notice.id);
    return true;
  });
}

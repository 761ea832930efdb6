// A researcher's writes to a notice — a correction of a fact, tags and a note — each in one
// transaction with the notice's summary and the totals, so every view sees them at once.
import { annotationRowSchema, correctionRowSchema, type AnnotationRow, type CorrectionRow } from './annotation-schema';
import type { RectifyLensDb } from './database';
import { refreshSummary, SUMMARY_TABLE_NAMES } from './refresh-summary';

/** Adds or replaces (same id) a correction; returns its id. One correction per fact. */
export async function putCorrection(db: RectifyLensDb, correction: CorrectionRow): Promise<number> {
  const row = correctionRowSchema.parse(correction);
  return db.transaction('rw', SUMMARY_TABLE_NAMES, async () => {
    if (row.factId !== undefined && row.id === undefined) {
      const same = await db.corrections.where('factId').equals(row.factId).first();
      if (same) row.id = same.id;
    }
    const id = (await db.corrections.put(row)) as number;
    await refreshSummary(db, row.noticeId);
    return id;
  });
}

/** Withdraws a correction: the fact reads as extracted again. */
export async function deleteCorrection(db: RectifyLensDb, id: number): Promise<void> {
  await db.transaction('rw', SUMMARY_TABLE_NAMES, async () => {
    const found = await db.corrections.get(id);
    if (!found) return;
    await db.corrections.delete(id);
    await refreshSummary(db, found.noticeId);
  });
}

/** Sets a notice's tags and note (tags trimmed, de-duplicated); an empty annotation is removed. */
export async function setAnnotation(db: RectifyLensDb, noticeId: number, tags: readonly string[], note: string, now = new Date()): Promise<void> {
  const row: AnnotationRow = annotationRowSchema.parse({ noticeId, tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))], note, updatedAt: now.toISOString() });
  await db.transaction('rw', SUMMARY_TABLE_NAMES, async () => {
    if (!(await db.notices.get(noticeId))) throw new Error(`No saved notice ${noticeId}.`);
    if (row.tags.length || row.note.trim()) await db.annotations.put(row);
    else await db.annotations.delete(noticeId);
    await refreshSummary(db, noticeId);
  });
}

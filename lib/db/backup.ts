// Backup files: every notice with its facts, as one JSON document. Version 2 also carries each
// notice's archived text, tags and note, and corrections (by their text anchors: fact ids are
// local to a database). Import reads versions 1 and 2, parses and validates the whole file first
// and writes in one transaction, so a bad file changes nothing.
import { z } from 'zod';
import { annotationRowSchema, correctionRowSchema } from './annotation-schema';
import { packText, unpackText } from './archive-text';
import type { RectifyLensDb } from './database';
import { refreshSummary, SUMMARY_TABLE_NAMES } from './refresh-summary';
import { factRowSchema, noticeRowSchema } from './schema';
import { describeStorageError } from './storage-errors';
import { upsertNotice } from './upsert-notice';

export const BACKUP_FORMAT = 'rectify-lens-backup';
export const BACKUP_VERSION = 2;

const backupFactSchema = factRowSchema.omit({ id: true, noticeId: true });
const backupNoticeSchema = noticeRowSchema.omit({ id: true, factCount: true }).extend({
  facts: z.array(backupFactSchema),
  /** v2: the archived flattened text. */
  text: z.string().optional(),
  annotation: annotationRowSchema.omit({ noticeId: true }).optional(),
  corrections: z.array(correctionRowSchema.omit({ id: true, noticeId: true, factId: true })).optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: z.string(),
  notices: z.array(backupNoticeSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export type ImportResult =
  | { status: 'imported'; added: number; updated: number; skipped: number }
  /** `reason` and `detail` let the UI say it in its language (`error` stays English, for logs). */
  | { status: 'error'; error: string; reason?: 'not-json' | 'invalid' | 'storage'; detail?: string };

export async function exportBackup(db: RectifyLensDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.notices, db.facts, db.archives, db.annotations, db.corrections], async () => {
    const notices = await db.notices.orderBy('savedAt').toArray();
    const out: Backup['notices'] = [];
    for (const { id, factCount: _count, ...notice } of notices) {
      const facts = await db.facts.where('noticeId').equals(id!).sortBy('start');
      const archive = await db.archives.get(id!);
      const annotation = await db.annotations.get(id!);
      const corrections = await db.corrections.where('noticeId').equals(id!).toArray();
      out.push({
        ...notice,
        facts: facts.map(({ id: _id, noticeId: _n, ...fact }) => fact),
        ...(archive ? { text: unpackText(archive) } : {}),
        ...(annotation ? { annotation: { tags: annotation.tags, note: annotation.note, updatedAt: annotation.updatedAt } } : {}),
        ...(corrections.length ? { corrections: corrections.map(({ id: _i, noticeId: _n, factId: _f, ...c }) => c) } : {}),
      });
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), notices: out };
  });
}

export function backupFileName(date: Date = new Date()): string {
  return `rectify-lens-backup-${date.toISOString().slice(0, 10)}.json`;
}

/** Reads a backup file's text; merges its notices like saves (newer local copies are kept). */
export async function importBackup(db: RectifyLensDb, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'error', reason: 'not-json', error: 'Not imported: the file is not JSON (is it a Rectify Lens backup?). Nothing was changed.' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return {
      status: 'error',
      reason: 'invalid',
      detail: `${where}: ${issue?.message}`,
      error: `Not imported: this is not a valid Rectify Lens backup (${where}: ${issue?.message}). Nothing was changed.`,
    };
  }
  try {
    const counts = { added: 0, updated: 0, skipped: 0 };
    await db.transaction('rw', [...SUMMARY_TABLE_NAMES, 'archives'], async () => {
      for (const { text, annotation, corrections, ...notice } of parsed.data.notices) {
        const outcome = await upsertNotice(db, notice, { keepNewer: true });
        await importOwn(db, outcome.noticeId, notice.textHash, { text, annotation, corrections });
        counts[outcome.status === 'saved' ? 'added' : outcome.status === 'unchanged' ? 'skipped' : outcome.status]++;
      }
    });
    return { status: 'imported', ...counts };
  } catch (err) {
    const error = describeStorageError(err).replace(/^Not saved/, 'Not imported');
    return { status: 'error', reason: 'storage', detail: error.replace(/^Not imported:?\s*/, ''), error };
  }
}

type OwnParts = Pick<Backup['notices'][number], 'text' | 'annotation' | 'corrections'>;

/** What a backup carries beside a notice's record, merged in: text and annotation where the
 *  collection has none, corrections it does not already hold (same kind at the same anchor). */
async function importOwn(db: RectifyLensDb, noticeId: number, textHash: string, own: OwnParts): Promise<void> {
  if (own.text !== undefined && !(await db.archives.get(noticeId))) await db.archives.put(packText(noticeId, own.text, textHash));
  if (own.annotation && !(await db.annotations.get(noticeId))) await db.annotations.put({ ...own.annotation, noticeId });
  if (own.corrections?.length) {
    const held = await db.corrections.where('noticeId').equals(noticeId).toArray();
    const key = (c: { kind: string; anchor: { start: number; end: number; exact: string } }) => `${c.kind}:${c.anchor.start}:${c.anchor.end}:${c.anchor.exact}`;
    const have = new Set(held.map(key));
    const fresh = own.corrections.filter((c) => !have.has(key(c))).map((c) => ({ ...c, noticeId }));
    if (fresh.length) await db.corrections.bulkAdd(fresh);
  }
  if (own.annotation || own.corrections?.length) await refreshSummary(db, noticeId);
}

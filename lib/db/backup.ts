// Backup files: every notice with its facts, as one JSON document. Import parses and validates
// the whole file first and writes in one transaction, so a bad file changes nothing.
import { z } from 'zod';
import type { RectifyLensDb } from './database';
import { SUMMARY_TABLE_NAMES } from './refresh-summary';
import { factRowSchema, noticeRowSchema } from './schema';
import { describeStorageError } from './storage-errors';
import { upsertNotice } from './upsert-notice';

export const BACKUP_FORMAT = 'rectify-lens-backup';
export const BACKUP_VERSION = 1;

const backupFactSchema = factRowSchema.omit({ id: true, noticeId: true });
const backupNoticeSchema = noticeRowSchema.omit({ id: true, factCount: true }).extend({
  facts: z.array(backupFactSchema),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  notices: z.array(backupNoticeSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export type ImportResult =
  | { status: 'imported'; added: number; updated: number; skipped: number }
  | { status: 'error'; error: string };

export async function exportBackup(db: RectifyLensDb, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', db.notices, db.facts, async () => {
    const notices = await db.notices.orderBy('savedAt').toArray();
    const out: Backup['notices'] = [];
    for (const { id, factCount: _count, ...notice } of notices) {
      const facts = await db.facts.where('noticeId').equals(id!).sortBy('start');
      out.push({ ...notice, facts: facts.map(({ id: _id, noticeId: _n, ...fact }) => fact) });
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
    return { status: 'error', error: 'Not imported: the file is not JSON (is it a Rectify Lens backup?). Nothing was changed.' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'file';
    return {
      status: 'error',
      error: `Not imported: this is not a valid Rectify Lens backup (${where}: ${issue?.message}). Nothing was changed.`,
    };
  }
  try {
    const counts = { added: 0, updated: 0, skipped: 0 };
    await db.transaction('rw', SUMMARY_TABLE_NAMES, async () => {
      for (const notice of parsed.data.notices) {
        const outcome = await upsertNotice(db, notice, { keepNewer: true });
        counts[outcome.status === 'saved' ? 'added' : outcome.status === 'unchanged' ? 'skipped' : outcome.status]++;
      }
    });
    return { status: 'imported', ...counts };
  } catch (err) {
    return { status: 'error', error: describeStorageError(err).replace(/^Not saved/, 'Not imported') };
  }
}

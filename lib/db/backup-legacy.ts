// Backup versions 1 and 2: every notice with its facts as one JSON document. Version 2 also
// carries each notice's archived text, tags and note, and corrections (by their text anchors:
// fact ids are local to a database). Import parses and validates the whole file first and writes
// in one transaction, so a bad file changes nothing. New backups are version 3 (backup-write.ts);
// these files are small and historic, so reading them whole is fine.
import { packText, unpackText } from './archive-text';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup, type ImportResult } from './backup-schema';
import { importOwn } from './backup-own';
import type { RectifyLensDb } from './database';
import { SUMMARY_TABLE_NAMES } from './refresh-summary';
import { describeStorageError } from './storage-errors';
import { upsertNotice } from './upsert-notice';

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

/** Reads a version 1 or 2 backup's text; merges its notices like saves (newer local copies are kept). */
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
        const archive = text === undefined ? undefined : () => packText(outcome.noticeId, text, notice.textHash);
        await importOwn(db, outcome.noticeId, { archive, annotation, corrections });
        counts[outcome.status === 'saved' ? 'added' : outcome.status === 'unchanged' ? 'skipped' : outcome.status]++;
      }
    });
    return { status: 'imported', ...counts };
  } catch (err) {
    const error = describeStorageError(err).replace(/^Not saved/, 'Not imported');
    return { status: 'error', reason: 'storage', detail: error.replace(/^Not imported:?\s*/, ''), error };
  }
}

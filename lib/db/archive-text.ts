// The archived text of a notice: the flattened text its facts' offsets index into, compressed
// with raw DEFLATE (fflate: synchronous, the same in the worker, the pages and Node).
import { deflateSync, inflateSync } from 'fflate';
import { archiveRowSchema, type ArchiveRow } from './archive-schema';
import type { RectifyLensDb } from './database';

export function packText(noticeId: number, text: string, textHash: string, now: Date = new Date()): ArchiveRow {
  const data = deflateSync(new TextEncoder().encode(text), { level: 6 });
  return archiveRowSchema.parse({ noticeId, encoding: 'deflate-raw', data, textLength: text.length, textHash, archivedAt: now.toISOString() });
}

export function unpackText(row: ArchiveRow): string {
  const bytes = row.encoding === 'deflate-raw' ? inflateSync(row.data) : row.data;
  return new TextDecoder().decode(bytes);
}

/**
 * Stores the text of a saved notice unless the archive already holds this very text. Apart from
 * the save's transaction on purpose: compressing a long page must not hold the notices locked,
 * and a notice saved without its text yet gets it at the next save.
 */
export async function archiveText(db: RectifyLensDb, noticeId: number, text: string, textHash: string, now?: Date): Promise<boolean> {
  const existing = await db.archives.get(noticeId);
  if (existing?.textHash === textHash) return false;
  const row = packText(noticeId, text, textHash, now);
  await db.transaction('rw', db.notices, db.archives, async () => {
    // The notice may have been removed while the text was being compressed.
    if (await db.notices.get(noticeId)) await db.archives.put(row);
  });
  return true;
}

/** The archived text of a notice, or null when none was kept (saved before v3, or imported). */
export async function readArchivedText(db: RectifyLensDb, noticeId: number): Promise<string | null> {
  const row = await db.archives.get(noticeId);
  return row ? unpackText(row) : null;
}

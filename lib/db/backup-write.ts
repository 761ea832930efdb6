// Backup version 3, written as a stream: a header line, one JSON line per notice (its record,
// facts, corrections, annotation and packed archive), an end line. Notices are read a page at a
// time by primary-key range, each page in its own read transaction, so the writer never holds
// more than one page and a collection of 100,000 notices writes like one of 100.
import { BACKUP_FORMAT, BACKUP_STREAM_VERSION, type BackupHeader, type BackupRecord } from './backup-schema';
import type { ArchiveRow } from './archive-schema';
import type { CorrectionRow } from './annotation-schema';
import type { RectifyLensDb } from './database';
import type { FactRow, StoredNotice } from './schema';
import { groupByNotice } from './group-by-notice';

export const BACKUP_PAGE = 200;

export interface BackupProgress {
  done: number;
  total: number;
}

export interface BackupWriteOptions {
  now?: Date;
  pageSize?: number;
  onProgress?: (p: BackupProgress) => void;
}

/** base64 of bytes, in slices (String.fromCharCode takes only so many arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}


export function backupRecord(
  { id: _id, factCount: _count, ...notice }: StoredNotice,
  facts: readonly FactRow[],
  corrections: readonly CorrectionRow[],
  annotation: { tags: string[]; note: string; updatedAt: string } | undefined,
  archive: ArchiveRow | undefined,
): BackupRecord {
  return {
    type: 'notice',
    ...notice,
    facts: [...facts].sort((a, b) => a.start - b.start || (a.id ?? 0) - (b.id ?? 0)).map(({ id: _i, noticeId: _n, ...f }) => f),
    ...(archive
      ? { archive: { encoding: archive.encoding, data: toBase64(archive.data), textLength: archive.textLength, textHash: archive.textHash, archivedAt: archive.archivedAt } }
      : {}),
    ...(annotation ? { annotation: { tags: annotation.tags, note: annotation.note, updatedAt: annotation.updatedAt } } : {}),
    ...(corrections.length ? { corrections: corrections.map(({ id: _i, noticeId: _n, factId: _f, ...c }) => c) } : {}),
  };
}

async function readPage(db: RectifyLensDb, after: number, size: number): Promise<{ lines: string[]; last?: number }> {
  return db.transaction('r', [db.notices, db.facts, db.archives, db.annotations, db.corrections], async () => {
    const notices = (await db.notices.where(':id').above(after).limit(size).toArray()) as StoredNotice[];
    if (!notices.length) return { lines: [] };
    const ids = notices.map((n) => n.id);
    const [facts, corrections, annotations, archives] = await Promise.all([
      db.facts.where('noticeId').anyOf(ids).toArray().then(groupByNotice),
      db.corrections.where('noticeId').anyOf(ids).toArray().then(groupByNotice),
      db.annotations.bulkGet(ids),
      db.archives.bulkGet(ids),
    ]);
    const lines = notices.map((n, i) =>
      JSON.stringify(backupRecord(n, facts.get(n.id) ?? [], corrections.get(n.id) ?? [], annotations[i], archives[i])),
    );
    return { lines, last: ids[ids.length - 1] };
  });
}

/** The backup file's text, one chunk (several whole lines) at a time. */
export async function* backupChunks(db: RectifyLensDb, options: BackupWriteOptions = {}): AsyncGenerator<string> {
  const size = options.pageSize ?? BACKUP_PAGE;
  const [notices, facts] = await db.transaction('r', db.notices, db.facts, () => Promise.all([db.notices.count(), db.facts.count()]));
  const header: BackupHeader = {
    format: BACKUP_FORMAT, version: BACKUP_STREAM_VERSION, exportedAt: (options.now ?? new Date()).toISOString(), notices, facts,
  };
  yield JSON.stringify(header) + '\n';
  let after = 0;
  let done = 0;
  options.onProgress?.({ done, total: notices });
  for (;;) {
    const page = await readPage(db, after, size);
    if (page.last === undefined) break;
    after = page.last;
    done += page.lines.length;
    yield page.lines.join('\n') + '\n';
    // A notice saved meanwhile makes the count grow: the total follows.
    options.onProgress?.({ done, total: Math.max(notices, done) });
  }
  yield JSON.stringify({ type: 'end', notices: done }) + '\n';
}

export function backupFileName(date: Date = new Date(), gzip = false): string {
  return `rectify-lens-backup-${date.toISOString().slice(0, 10)}.${gzip ? 'jsonl.gz' : 'jsonl'}`;
}

// Reading a backup file of any version. Version 3 (JSON Lines) is read as a stream twice: first
// every line is checked (a corrupt or cut-short file is refused with its line number before
// anything is written), then the notices are merged a batch at a time, one transaction per batch.
// Merging is a save's (upsertNotice): rows equal to what is stored are not written, so importing
// the same file again writes nothing. Versions 1 and 2 are one JSON document: read whole.
import { z } from 'zod';
import { importBackup } from './backup-legacy';
import { textLines, wholeText } from './backup-lines';
import { importOwn, type HeldParts } from './backup-own';
import {
  BACKUP_FORMAT, BACKUP_STREAM_VERSION, backupEndSchema, backupHeaderSchema, backupRecordSchema, type BackupRecord, type ImportResult,
} from './backup-schema';
import { fromBase64 } from './backup-write';
import type { RectifyLensDb } from './database';
import { SUMMARY_TABLE_NAMES } from './refresh-summary';
import { describeStorageError } from './storage-errors';
import type { StoredNotice } from './schema';
import { upsertNotice, type UpsertOutcome } from './upsert-notice';

export const IMPORT_BATCH = 200;

export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

/** Opens the file's bytes afresh: the file is read once to check it and once to write it. */
export type OpenBytes = () => ReadableStream<Uint8Array>;

const refused = (why: string, reason: 'not-json' | 'invalid' = 'invalid'): ImportResult => ({
  status: 'error', reason, ...(reason === 'invalid' ? { detail: why } : {}), error: `Not imported: ${why}. Nothing was changed.`,
});

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.length ? issue.path.join('.') : 'line'}: ${issue?.message}`;
}

async function firstLine(open: OpenBytes): Promise<string | undefined> {
  const lines = textLines(open());
  try {
    for await (const line of lines) if (line.trim()) return line;
    return undefined;
  } finally {
    await lines.return(undefined);
  }
}

function isStreamHeader(line: string | undefined): boolean {
  try {
    const json = line === undefined ? undefined : (JSON.parse(line) as { format?: unknown; version?: unknown });
    return json?.format === BACKUP_FORMAT && json.version === BACKUP_STREAM_VERSION;
  } catch {
    return false;
  }
}

/** Pass 1: every line parses and validates, the end line is there and counts the notices. */
async function checkLines(open: OpenBytes, onProgress?: ImportOptions['onProgress']): Promise<{ total: number } | { error: string }> {
  let lineNo = 0;
  let total = 0;
  let done = 0;
  let ended = false;
  for await (const line of textLines(open())) {
    lineNo++;
    if (!line.trim()) continue;
    if (ended) return { error: `line ${lineNo} follows the end line` };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { error: `line ${lineNo} is not JSON (the file is damaged)` };
    }
    if (lineNo === 1) {
      const header = backupHeaderSchema.safeParse(json);
      if (!header.success) return { error: `line 1 is not a valid backup header (${issueText(header.error)})` };
      total = header.data.notices;
      continue;
    }
    if ((json as { type?: unknown })?.type === 'end') {
      const end = backupEndSchema.safeParse(json);
      if (!end.success || end.data.notices !== done) return { error: `line ${lineNo}: the end line counts ${String((json as { notices?: unknown }).notices)} notices, the file holds ${done}` };
      ended = true;
      continue;
    }
    const record = backupRecordSchema.safeParse(json);
    if (!record.success) return { error: `line ${lineNo} is not a valid notice (${issueText(record.error)})` };
    done++;
    if (done % IMPORT_BATCH === 0) onProgress?.({ phase: 'check', done, total: Math.max(total, done) });
  }
  if (!ended) return { error: `the file ends at line ${lineNo} without its end line (it was cut short)` };
  return { total: done };
}

/**
 * The outcome without a save's work, for a record that is the stored copy itself: the same text
 * at the same canonical URL, last updated at the same instant, with as many facts (every save
 * that changes a notice moves its updatedAt). The usual case of re-importing a backup.
 */
function quickOutcome(record: BackupRecord, stored: StoredNotice[] | undefined): UpsertOutcome | undefined {
  const match = stored?.find((n) => n.canonicalUrl === record.canonicalUrl);
  if (!match) return undefined;
  if (match.updatedAt > record.updatedAt) return { status: 'skipped', noticeId: match.id };
  if (match.updatedAt === record.updatedAt && match.factCount === record.facts.length) return { status: 'unchanged', noticeId: match.id };
  return undefined;
}

function grouped<T>(rows: T[], key: (row: T) => string | number): Map<string | number, T[]> {
  const out = new Map<string | number, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

async function writeBatch(db: RectifyLensDb, records: BackupRecord[], counts: { added: number; updated: number; skipped: number }) {
  await db.transaction('rw', [...SUMMARY_TABLE_NAMES, 'archives'], async () => {
    // One read per table for the whole batch, not a save's several reads per notice.
    const stored = grouped((await db.notices.where('textHash').anyOf(records.map((r) => r.textHash)).toArray()) as StoredNotice[], (n) => n.textHash);
    const quick = records.map((r) => quickOutcome(r, stored.get(r.textHash) as StoredNotice[] | undefined));
    const ids = quick.flatMap((q) => (q ? [q.noticeId] : []));
    const [archives, annotations, corrections] = await Promise.all([
      db.archives.where('noticeId').anyOf(ids).primaryKeys(),
      db.annotations.where('noticeId').anyOf(ids).primaryKeys(),
      db.corrections.where('noticeId').anyOf(ids).toArray(),
    ]);
    const held = new Map<number, HeldParts>(ids.map((id) => [id, { archive: false, annotation: false, corrections: [] }]));
    for (const id of archives) held.get(id as number)!.archive = true;
    for (const id of annotations) held.get(id as number)!.annotation = true;
    for (const c of corrections) held.get(c.noticeId)!.corrections.push(c);
    for (const [i, { type: _t, archive, annotation, corrections: own, ...notice }] of records.entries()) {
      const outcome = quick[i] ?? (await upsertNotice(db, notice, { keepNewer: true }));
      const packed = archive && (() => ({ ...archive, noticeId: outcome.noticeId, data: fromBase64(archive.data) }));
      await importOwn(db, outcome.noticeId, { archive: packed, annotation, corrections: own }, quick[i] && held.get(outcome.noticeId));
      counts[outcome.status === 'saved' ? 'added' : outcome.status === 'unchanged' ? 'skipped' : outcome.status]++;
    }
  });
}

/** Imports a version 3 file whose lines were checked. */
async function writeLines(db: RectifyLensDb, open: OpenBytes, total: number, options: ImportOptions): Promise<ImportResult> {
  const size = options.batchSize ?? IMPORT_BATCH;
  const counts = { added: 0, updated: 0, skipped: 0 };
  let batch: BackupRecord[] = [];
  let done = 0;
  const flush = async () => {
    await writeBatch(db, batch, counts);
    done += batch.length;
    batch = [];
    options.onProgress?.({ phase: 'write', done, total });
  };
  try {
    let lineNo = 0;
    for await (const line of textLines(open())) {
      if (++lineNo === 1 || !line.trim()) continue;
      const json = JSON.parse(line) as BackupRecord | { type: 'end' };
      if (json.type === 'end') break;
      // Checked in pass 1, and a File's bytes cannot change under it (reading a file changed on
      // disk fails): not parsed again here; upsertNotice parses every row it writes.
      batch.push(json);
      if (batch.length >= size) await flush();
    }
    if (batch.length) await flush();
    return { status: 'imported', ...counts };
  } catch (err) {
    const why = describeStorageError(err).replace(/^Not saved/, 'Not imported');
    const error = done ? `${why} (${done} of ${total} notices were imported before it)` : why;
    return { status: 'error', reason: 'storage', detail: error.replace(/^Not imported:?\s*/, ''), error };
  }
}

/** Imports a backup file of any version; progress is reported per batch. */
export async function importBackupFile(db: RectifyLensDb, open: OpenBytes, options: ImportOptions = {}): Promise<ImportResult> {
  let first: string | undefined;
  try {
    first = await firstLine(open);
  } catch {
    return refused('the file could not be read (is it a Rectify Lens backup?)');
  }
  if (!isStreamHeader(first)) {
    // Versions 1 and 2 are one JSON object; anything else (a file picked by mistake, maybe
    // gigabytes) is refused before it is read whole.
    if (!first?.trimStart().startsWith('{')) return refused('the file is not JSON (is it a Rectify Lens backup?)', 'not-json');
    return importBackup(db, await wholeText(open()));
  }
  let checked: Awaited<ReturnType<typeof checkLines>>;
  try {
    checked = await checkLines(open, options.onProgress);
  } catch {
    return refused('the file could not be read (a damaged compressed file?)');
  }
  if ('error' in checked) return refused(checked.error);
  options.onProgress?.({ phase: 'write', done: 0, total: checked.total });
  return writeLines(db, open, checked.total, options);
}

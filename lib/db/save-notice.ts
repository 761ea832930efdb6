// Saving a notice that a content script sent: one transaction, update-or-insert, never a
// duplicate, no write when nothing changed; any failure aborts the transaction and comes back
// as a clear error that says whether a retry can help.
import type { SaveNoticeRequest, SaveNoticeResult, TextQuoteSelector } from '../messages';
import { ENGINE_VERSION } from '../engine-version';
import type { RectifyLensDb } from './database';
import { SUMMARY_TABLE_NAMES } from './refresh-summary';
import { openForWrites } from './open-for-writes';
import { storageFailure } from './storage-errors';
import { upsertNotice, type NoticeInput } from './upsert-notice';

export function noticeInputFromRequest(request: SaveNoticeRequest, now: Date): NoticeInput {
  const { extraction } = request;
  const at = now.toISOString();
  return {
    url: request.url,
    canonicalUrl: request.canonicalUrl,
    textHash: request.textHash,
    textLength: request.textLength,
    textSignature: request.textSignature,
    pageTitle: request.pageTitle,
    source: extraction.source,
    notice: extraction.notice,
    detection: extraction.detection,
    checks: extraction.checks,
    numbers: extraction.numbers,
    savedAt: at,
    updatedAt: at,
    engineVersion: ENGINE_VERSION,
    facts: extraction.facts.map((fact, i) => ({ ...fact, selector: request.selectors[i] ?? fallbackSelector(fact) })),
  };
}

/** A content script that sent fewer selectors than facts still gets its facts saved. */
function fallbackSelector(fact: { quote: string; start: number; end: number }): TextQuoteSelector {
  return { exact: fact.quote, prefix: '', suffix: '', start: fact.start, end: fact.end };
}

export async function saveNotice(
  db: RectifyLensDb,
  request: SaveNoticeRequest,
  now: Date = new Date(),
): Promise<SaveNoticeResult> {
  try {
    const input = noticeInputFromRequest(request, now);
    await openForWrites(db);
    const { status, noticeId } = await db.transaction('rw', SUMMARY_TABLE_NAMES, () => upsertNotice(db, input));
    if (status === 'saved') return { status, noticeId };
    return status === 'unchanged' ? { status: 'updated', noticeId, unchanged: true } : { status: 'updated', noticeId };
  } catch (err) {
    return { status: 'error', ...storageFailure(err) };
  }
}


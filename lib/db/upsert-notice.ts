// The one write path for a notice and its facts, shared by saving and backup import. It must run
// inside a 'rw' transaction over SUMMARY_TABLE_NAMES (the notice, its facts, and the summary and
// totals it keeps in step): IndexedDB serialises such transactions, so two tabs
// saving the same notice at once see each other's row instead of duplicating it.
// It never deletes or rewrites another notice: a save touches only the row that pickSameNotice
// proved to be the same notice (by its text), and of that row only what changed.
import type { Fact } from '../contract';
import { pickSameNotice } from '../identity/same-notice';
import { trustedCanonicalUrl } from '../identity/trusted-canonical';
import type { TextQuoteSelector } from '../messages';
import type { RectifyLensDb } from './database';
import { factChanges } from './fact-changes';
import { refreshSummary } from './refresh-summary';
import { sameValue } from './same-value';
import { factRowSchema, noticeRowSchema, type NoticeRow, type StoredFact, type StoredNotice } from './schema';

export type NoticeInput = Omit<NoticeRow, 'id' | 'factCount'> & {
  facts: Array<Fact & { selector: TextQuoteSelector }>;
};

export interface UpsertOutcome {
  /** unchanged: the same notice with the same record was there; nothing was written. */
  status: 'saved' | 'updated' | 'unchanged' | 'skipped';
  noticeId: number;
}

/** Where a notice was first seen: kept when the same text turns up at another URL. */
const FIRST_SEEN = ['url', 'canonicalUrl', 'pageTitle', 'source'] as const;

export async function findSameNotice(db: RectifyLensDb, incoming: Pick<NoticeRow, 'canonicalUrl' | 'textHash' | 'textSignature' | 'notice'>) {
  const sameText = (await db.notices.where('textHash').equals(incoming.textHash).toArray()) as StoredNotice[];
  const sameUrl = sameText.length ? [] : ((await db.notices.where('canonicalUrl').equals(incoming.canonicalUrl).toArray()) as StoredNotice[]);
  return pickSameNotice(incoming, sameText, sameUrl);
}

/**
 * Inserts a notice, or updates the stored copy of the same notice. `keepNewer` (import) leaves a
 * stored notice alone when it was updated after the incoming one. The first savedAt is kept.
 */
export async function upsertNotice(
  db: RectifyLensDb,
  input: NoticeInput,
  options: { keepNewer?: boolean } = {},
): Promise<UpsertOutcome> {
  const { facts, ...given } = input;
  const fields = { ...given, canonicalUrl: trustedCanonicalUrl(given.url, given.canonicalUrl) };
  const match = await findSameNotice(db, fields);
  if (!match) {
    const row = noticeRowSchema.parse({ ...fields, factCount: facts.length });
    const rows = facts.map((f) => factRowSchema.omit({ noticeId: true, id: true }).parse(f));
    const noticeId = (await db.notices.add(row)) as number;
    await db.facts.bulkAdd(rows.map((f) => ({ ...f, noticeId })));
    await refreshSummary(db, noticeId);
    return { status: 'saved', noticeId };
  }
  const existing = match.row;
  const noticeId = existing.id;
  if (options.keepNewer && existing.updatedAt > input.updatedAt) return { status: 'skipped', noticeId };
  const firstSeen = match.sameUrl ? {} : Object.fromEntries(FIRST_SEEN.map((k) => [k, existing[k]]));
  const savedAt = existing.savedAt < input.savedAt ? existing.savedAt : input.savedAt;
  const row = noticeRowSchema.parse({ ...fields, ...firstSeen, savedAt, factCount: facts.length });
  const next = facts.map((f) => factRowSchema.omit({ id: true }).parse({ ...f, noticeId }));
  const stored = (await db.facts.where('noticeId').equals(noticeId).toArray()) as StoredFact[];
  const changes = factChanges(stored, next);
  const noticeSame = sameValue({ ...row, id: noticeId, updatedAt: existing.updatedAt }, existing);
  if (noticeSame && !changes.put.length && !changes.add.length && !changes.remove.length) {
    return { status: 'unchanged', noticeId };
  }
  await db.notices.put({ ...row, id: noticeId });
  if (changes.remove.length) await db.facts.bulkDelete(changes.remove);
  if (changes.put.length) await db.facts.bulkPut(changes.put);
  if (changes.add.length) await db.facts.bulkAdd(changes.add);
  await refreshSummary(db, noticeId);
  return { status: 'updated', noticeId };
}

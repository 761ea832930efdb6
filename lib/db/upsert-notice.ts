// The one write path for a notice and its facts, shared by saving and backup import. It must run
// inside a 'rw' transaction over both tables: IndexedDB serialises such transactions, so two tabs
// saving the same notice at once see each other's row and update it instead of duplicating.
import type { Fact } from '../contract';
import type { TextQuoteSelector } from '../messages';
import type { RectifyLensDb } from './database';
import { factRowSchema, noticeRowSchema, type NoticeRow } from './schema';

export type NoticeInput = Omit<NoticeRow, 'id' | 'factCount'> & {
  facts: Array<Fact & { selector: TextQuoteSelector }>;
};

export interface UpsertOutcome {
  status: 'saved' | 'updated' | 'skipped';
  noticeId: number;
}

/** The notice this one revisits: same canonical URL first, else the same text at another URL. */
export async function findSameNotice(db: RectifyLensDb, canonicalUrl: string, textHash: string) {
  return (
    (await db.notices.where('canonicalUrl').equals(canonicalUrl).first()) ??
    (await db.notices.where('textHash').equals(textHash).first())
  );
}

/**
 * Inserts or replaces a notice and its facts. `keepNewer` (import) leaves a stored notice alone
 * when it was updated after the incoming one; saving always replaces, keeping the first savedAt.
 */
export async function upsertNotice(
  db: RectifyLensDb,
  input: NoticeInput,
  options: { keepNewer?: boolean } = {},
): Promise<UpsertOutcome> {
  const { facts, ...fields } = input;
  const existing = await findSameNotice(db, input.canonicalUrl, input.textHash);
  if (existing?.id !== undefined && options.keepNewer && existing.updatedAt > input.updatedAt) {
    return { status: 'skipped', noticeId: existing.id };
  }
  const savedAt = existing && existing.savedAt < input.savedAt ? existing.savedAt : input.savedAt;
  const row = noticeRowSchema.parse({ ...fields, savedAt, factCount: facts.length });
  let noticeId: number;
  if (existing?.id !== undefined) {
    noticeId = existing.id;
    await db.notices.put({ ...row, id: noticeId });
    await db.facts.where('noticeId').equals(noticeId).delete();
  } else {
    noticeId = (await db.notices.add(row)) as number;
  }
  await db.facts.bulkAdd(facts.map((f) => factRowSchema.omit({ id: true }).parse({ ...f, noticeId })));
  return { status: existing ? 'updated' : 'saved', noticeId };
}

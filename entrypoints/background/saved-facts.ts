// On a later visit to a saved notice whose text changed, the facts saved then (their selectors),
// read before this visit's save rewrites them, so the page can find them again and list those it
// cannot (issue 9). Nothing is sent when the text is the one saved: its facts are the ones shown.
import { findSameNotice } from '@/lib/db/upsert-notice';
import type { Extraction } from '@/lib/contract';
import type { RectifyLensDb, StoredFact, StoredNotice } from '@/lib/db';
import { trustedCanonicalUrl } from '@/lib/identity/trusted-canonical';
import type { SavedFactRef } from '@/lib/messages';

/** More than any notice has; a page never receives an unbounded list. */
const MAX_SAVED_FACTS = 1000;

export async function savedFactsIfChanged(
  db: RectifyLensDb,
  page: { url: string; canonicalUrl: string; textHash: string; textSignature: number[] },
  extraction: Extraction,
): Promise<SavedFactRef[] | undefined> {
  let canonicalUrl: string;
  try {
    canonicalUrl = trustedCanonicalUrl(page.url, page.canonicalUrl);
  } catch {
    return undefined;
  }
  const same = await findSameNotice(db, { canonicalUrl, textHash: page.textHash, textSignature: page.textSignature, notice: extraction.notice });
  // A page changed beyond what identity accepts is still, at its own URL, the notice saved there.
  const row = same?.row ?? (await latestAt(db, canonicalUrl, page.url.split('#')[0]));
  if (!row || row.textHash === page.textHash) return undefined;
  const facts = (await db.facts.where('noticeId').equals(row.id).limit(MAX_SAVED_FACTS).toArray()) as StoredFact[];
  return facts.sort((a, b) => a.start - b.start).map((f) => ({ selector: f.selector, label: f.label }));
}

async function latestAt(db: RectifyLensDb, canonicalUrl: string, url: string): Promise<StoredNotice | undefined> {
  const rows = [
    ...((await db.notices.where('canonicalUrl').equals(canonicalUrl).toArray()) as StoredNotice[]),
    ...((await db.notices.where('url').equals(url).toArray()) as StoredNotice[]),
  ];
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

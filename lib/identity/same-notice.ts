// When two saves are the same notice. Only the text decides, never a URL alone (a page chooses
// its canonical URL, and CMSs give many notices one): the same text (SHA-256) at any URL, or,
// for a page that changed at the same URL, a text at least 80 % similar (see text-signature.ts)
// under the same title. Anything else is another notice and gets its own row.
import { signatureSimilarity } from './text-signature';

export const SAME_NOTICE_SIMILARITY = 0.8;

/** What identity needs of a stored or incoming notice. */
export interface IdentityFields {
  canonicalUrl: string;
  textHash: string;
  textSignature?: number[];
  notice: { title: string | null };
}

export interface SameNotice<T> {
  row: T;
  /** Same canonical URL: the newer save may update the row's URL and title too. */
  sameUrl: boolean;
}

/**
 * The stored notice an incoming save revisits, among `sameText` (rows with its text hash) and
 * `sameUrl` (rows at its canonical URL); null when it is a new notice.
 */
export function pickSameNotice<T extends IdentityFields>(incoming: IdentityFields, sameText: T[], sameUrl: T[]): SameNotice<T> | null {
  const byText = sameText.find((r) => r.canonicalUrl === incoming.canonicalUrl) ?? sameText[0];
  if (byText) return { row: byText, sameUrl: byText.canonicalUrl === incoming.canonicalUrl };
  const signature = incoming.textSignature;
  if (!signature?.length) return null;
  let best: { row: T; score: number } | null = null;
  for (const row of sameUrl) {
    if (row.canonicalUrl !== incoming.canonicalUrl || !row.textSignature?.length) continue;
    const a = row.notice.title;
    const b = incoming.notice.title;
    if (a && b && a !== b) continue;
    const score = signatureSimilarity(row.textSignature, signature);
    if (score >= SAME_NOTICE_SIMILARITY && (!best || score > best.score)) best = { row, score };
  }
  return best && { row: best.row, sameUrl: true };
}

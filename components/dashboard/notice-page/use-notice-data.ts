// Everything the notice page shows, read live and bounded by the notice's id: its row, facts,
// corrections, annotation and archived text, plus the collection's tags for suggestions.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/entrypoints/background/database';
import { readArchivedText, type AnnotationRow, type StoredCorrection, type StoredFact, type StoredNotice } from '@/lib/db';

export interface NoticeData {
  /** null: no such notice. */
  notice: StoredNotice | null;
  facts: StoredFact[];
  corrections: StoredCorrection[];
  annotation: AnnotationRow | null;
  /** null: no archive kept for this notice. */
  text: string | null;
  allTags: string[];
}

/** undefined while any part is still loading. */
export function useNoticeData(noticeId: number): NoticeData | undefined {
  const notice = useLiveQuery(async () => ((await getDb().notices.get(noticeId)) as StoredNotice | undefined) ?? null, [noticeId]);
  const facts = useLiveQuery(() => getDb().facts.where('noticeId').equals(noticeId).sortBy('start') as Promise<StoredFact[]>, [noticeId]);
  const corrections = useLiveQuery(() => getDb().corrections.where('noticeId').equals(noticeId).toArray() as Promise<StoredCorrection[]>, [noticeId]);
  const annotation = useLiveQuery(async () => (await getDb().annotations.get(noticeId)) ?? null, [noticeId]);
  const text = useLiveQuery(() => readArchivedText(getDb(), noticeId), [noticeId]);
  // The distinct keys of the summaries' multi-entry tags index: one entry per tag, not per notice.
  const allTags = useLiveQuery(() => getDb().summaries.orderBy('tags').uniqueKeys() as Promise<string[]>, []);
  if (notice === undefined || facts === undefined || corrections === undefined || annotation === undefined || text === undefined || allTags === undefined) return undefined;
  return { notice, facts, corrections, annotation, text, allTags };
}

// Re-running the current engine over one saved notice's archived text, and writing only what
// changed: facts matched to their stored selves keep their ids (lib/db/fact-changes.ts), the rest
// are replaced. Corrections live in their own table and are never touched except to re-point a
// correction whose fact got a new id at the fact that now holds its words, so it still applies.
import { describeQuote } from '../anchoring/text-quote';
import type { Extraction, Fact } from '../contract';
import { ENGINE_VERSION } from '../engine-version';
import { factChanges, readArchivedText, refreshSummary, SUMMARY_TABLE_NAMES, type RectifyLensDb, type StoredFact, type StoredNotice } from '../db';
import { diffFacts, reportEntry, type ReextractEntry } from './diff-facts';

/** The engine as the job sees it: the text and its notice's source URL in, an extraction out. */
export type Extractor = (text: string, source: string) => Extraction;

export type ReextractStatus = 'updated' | 'unchanged' | 'current' | 'no-text' | 'not-a-notice' | 'gone';

export interface ReextractOutcome {
  status: ReextractStatus;
  /** Present when the facts changed (or a correction lost its fact). */
  entry: ReextractEntry | null;
}

export async function reextractNotice(
  db: RectifyLensDb,
  noticeId: number,
  extractor: Extractor,
  { now = new Date(), engineVersion = ENGINE_VERSION }: { now?: Date; engineVersion?: string } = {},
): Promise<ReextractOutcome> {
  const first = await db.notices.get(noticeId);
  if (!first) return { status: 'gone', entry: null };
  if (first.engineVersion === engineVersion) return { status: 'current', entry: null };
  // Read and extracted outside the transaction: IndexedDB transactions cannot wait on CPU work.
  const text = await readArchivedText(db, noticeId);
  if (text === null) return { status: 'no-text', entry: null };
  const extraction = extractor(text, first.source || first.url);
  // A text the engine no longer recognises keeps its facts: the report names it, nothing is lost.
  if (!extraction.detection.isNotice) return { status: 'not-a-notice', entry: null };

  return db.transaction('rw', SUMMARY_TABLE_NAMES, async () => {
    const notice = (await db.notices.get(noticeId)) as StoredNotice | undefined;
    if (!notice) return { status: 'gone' as const, entry: null };
    const stored = (await db.facts.where('noticeId').equals(noticeId).toArray()) as StoredFact[];
    const next = extraction.facts.map((f) => ({ ...f, noticeId, selector: describeQuote(text, f.start, f.end) }));
    const changes = factChanges(stored, next);
    const factsChanged = changes.put.length + changes.add.length + changes.remove.length > 0;
    const row: StoredNotice = {
      ...notice,
      notice: extraction.notice,
      detection: extraction.detection,
      checks: extraction.checks,
      numbers: extraction.numbers,
      factCount: next.length,
      engineVersion,
      ...(factsChanged ? { updatedAt: now.toISOString() } : {}),
    };
    await db.notices.put(row);
    if (changes.remove.length) await db.facts.bulkDelete(changes.remove);
    if (changes.put.length) await db.facts.bulkPut(changes.put);
    if (changes.add.length) await db.facts.bulkAdd(changes.add);
    const orphaned = factsChanged ? await repointCorrections(db, noticeId, stored) : 0;
    await refreshSummary(db, noticeId);
    const entry = reportEntry({ id: noticeId, title: notice.notice.title ?? notice.pageTitle, url: notice.url }, diffFacts<Fact>(stored, next), orphaned);
    return { status: factsChanged ? ('updated' as const) : ('unchanged' as const), entry };
  });
}

/**
 * Corrections whose fact id is gone: pointed at the fact now over the same words (its anchor's
 * offsets and quote), else the same code over overlapping words, else any overlapping fact.
 * Returns how many found no fact (they stay, and still re-attach by anchor if one comes back).
 */
async function repointCorrections(db: RectifyLensDb, noticeId: number, before: readonly StoredFact[]): Promise<number> {
  const facts = (await db.facts.where('noticeId').equals(noticeId).toArray()) as StoredFact[];
  const ids = new Set(facts.map((f) => f.id));
  const oldById = new Map(before.map((f) => [f.id, f]));
  let orphaned = 0;
  for (const c of await db.corrections.where('noticeId').equals(noticeId).toArray()) {
    if (c.kind === 'added' || c.id === undefined || (c.factId !== undefined && ids.has(c.factId))) continue;
    const a = c.anchor;
    const code = (c.factId !== undefined ? oldById.get(c.factId)?.code : undefined) ?? c.patch?.code;
    const overlap = (f: StoredFact) => Math.min(f.end, a.end) - Math.max(f.start, a.start);
    const byOverlap = (list: StoredFact[]) => list.filter((f) => overlap(f) > 0).sort((x, y) => overlap(y) - overlap(x))[0];
    const target =
      facts.find((f) => f.start === a.start && f.end === a.end && f.quote === a.exact) ??
      byOverlap(facts.filter((f) => f.code === code)) ??
      byOverlap(facts);
    if (!target) {
      orphaned++;
      continue;
    }
    await db.corrections.update(c.id, { factId: target.id });
  }
  return orphaned;
}

// Keeps a notice's summary and the collection totals in step with its rows. Every write of a
// notice, its facts, corrections or annotation calls refreshSummary in the same transaction, so
// the summaries never disagree with what they summarise; rebuildSummaries redoes them all (the
// v3 upgrade, and a start after SUMMARY_VERSION changed).
import type { RectifyLensDb } from './database';
import type { StoredFact, StoredNotice } from './schema';
import { buildSummary, emptyStats, SUMMARY_VERSION, updateStats } from './summaries';
import type { SummaryRow } from './summary-schema';

/** The tables a summary is built from and written to: a db, or an upgrade transaction's tables. */
export type SummaryTables = Pick<RectifyLensDb, (typeof SUMMARY_TABLE_NAMES)[number]>;

const REBUILD_CHUNK = 200;

export const SUMMARY_TABLE_NAMES = ['notices', 'facts', 'corrections', 'annotations', 'summaries', 'stats'] as const;

async function summaryOf(t: SummaryTables, notice: StoredNotice): Promise<SummaryRow> {
  const [facts, corrections, annotation] = await Promise.all([
    t.facts.where('noticeId').equals(notice.id).toArray() as Promise<StoredFact[]>,
    t.corrections.where('noticeId').equals(notice.id).toArray(),
    t.annotations.get(notice.id),
  ]);
  return buildSummary({ notice, facts, corrections, annotation });
}

/** Must run inside a 'rw' transaction over SUMMARY_TABLE_NAMES. */
export async function refreshSummary(t: SummaryTables, noticeId: number): Promise<SummaryRow | undefined> {
  const [notice, before, stats] = await Promise.all([t.notices.get(noticeId), t.summaries.get(noticeId), t.stats.get('collection')]);
  const after = notice ? await summaryOf(t, notice as StoredNotice) : undefined;
  if (after) await t.summaries.put(after);
  else if (before) await t.summaries.delete(noticeId);
  if (before || after) await t.stats.put(updateStats(stats ?? emptyStats(), before, after));
  return after;
}

/** Rebuilds every summary and the totals from scratch. Must run inside such a transaction. */
export async function rebuildSummaries(t: SummaryTables): Promise<number> {
  let stats = emptyStats();
  await t.summaries.clear();
  // In chunks: notice rows carry every number mention, and a collection may hold 100,000.
  const ids = (await t.notices.toCollection().primaryKeys()) as number[];
  for (let i = 0; i < ids.length; i += REBUILD_CHUNK) {
    const notices = await t.notices.bulkGet(ids.slice(i, i + REBUILD_CHUNK));
    const summaries: SummaryRow[] = [];
    for (const notice of notices) if (notice) summaries.push(await summaryOf(t, notice as StoredNotice));
    await t.summaries.bulkPut(summaries);
    for (const s of summaries) stats = updateStats(stats, undefined, s);
  }
  await t.stats.put(stats);
  return ids.length;
}

/** True when the summaries were built by older rules (or never) and need rebuilding. */
export async function summariesStale(t: Pick<SummaryTables, 'stats'>): Promise<boolean> {
  const stats = await t.stats.get('collection');
  return stats?.summaryVersion !== SUMMARY_VERSION;
}

/** Rebuilds the summaries when their rules changed since they were built; the background runs it
 *  at every start. Returns how many notices were summarised (0: they were current). */
export async function ensureSummaries(db: RectifyLensDb): Promise<number> {
  if (!(await summariesStale(db))) return 0;
  return db.transaction('rw', SUMMARY_TABLE_NAMES, async () => ((await summariesStale(db)) ? rebuildSummaries(db) : 0));
}

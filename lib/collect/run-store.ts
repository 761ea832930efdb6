// The collect queue in the database: create a run, add links, claim the next item, record its
// outcome, change the run's status. Every step is its own small transaction, so a worker stopped
// at any point leaves rows the next start can resume from (fetching → queued).
import type { RectifyLensDb } from '../db/database';
import { collectItemRowSchema, collectRunRowSchema, type CollectItemRow, type CollectRunRow } from '../db/collect-schema';
import type { ListLink } from './pick-links';
import { interruptedToQueued, nextItem, nextRunStatus, type ItemResult, type RunAction } from './queue-state';

export type StoredRun = CollectRunRow & { id: number };
export type StoredItem = CollectItemRow & { id: number };

export interface NewRun {
  listUrl: string;
  followNext: boolean;
  items: readonly ListLink[];
  next: string | null;
  /** Created paused, waiting for the site's host permission (the popup's prompt is open). */
  awaitingPermission?: boolean;
}

export async function createRun(db: RectifyLensDb, run: NewRun, now: Date): Promise<number> {
  const at = now.toISOString();
  const row = collectRunRowSchema.parse({
    listUrl: run.listUrl,
    origin: new URL(run.listUrl).origin,
    followNext: run.followNext,
    status: run.awaitingPermission ? 'paused' : 'running',
    ...(run.awaitingPermission ? { awaitingPermission: true } : {}),
    listPages: [run.listUrl],
    nextPage: run.followNext ? run.next : null,
    createdAt: at,
    updatedAt: at,
  });
  return db.transaction('rw', db.collectRuns, db.collectItems, async () => {
    const runId = (await db.collectRuns.add(row)) as number;
    await addItems(db, runId, run.items);
    return runId;
  });
}

/** Appends the links the run does not hold yet (by URL), after its last item. Returns how many. */
export async function addItems(db: RectifyLensDb, runId: number, links: readonly ListLink[]): Promise<number> {
  return db.transaction('rw', db.collectItems, async () => {
    const existing = await db.collectItems.where('runId').equals(runId).toArray();
    const have = new Set(existing.map((i) => i.url));
    let seq = existing.reduce((m, i) => Math.max(m, i.seq + 1), 0);
    const rows: CollectItemRow[] = [];
    for (const link of links) {
      if (have.has(link.url)) continue;
      have.add(link.url);
      rows.push(collectItemRowSchema.parse({ runId, seq: seq++, url: link.url, linkText: link.text, status: 'queued', attempts: 0 }));
    }
    if (rows.length) await db.collectItems.bulkAdd(rows);
    return rows.length;
  });
}

export async function getRun(db: RectifyLensDb, runId: number): Promise<StoredRun | undefined> {
  return (await db.collectRuns.get(runId)) as StoredRun | undefined;
}

export async function runItems(db: RectifyLensDb, runId: number): Promise<StoredItem[]> {
  return (await db.collectItems.where('[runId+seq]').between([runId, -Infinity], [runId, Infinity]).toArray()) as StoredItem[];
}

/** Marks the next queued item 'fetching' and returns it; null when the queue is empty. */
export async function claimNext(db: RectifyLensDb, runId: number): Promise<StoredItem | null> {
  return db.transaction('rw', db.collectItems, async () => {
    const queued = (await db.collectItems.where('[runId+status]').equals([runId, 'queued']).toArray()) as StoredItem[];
    const item = nextItem(queued);
    if (!item) return null;
    const claimed = { ...item, status: 'fetching' as const, attempts: item.attempts + 1 };
    await db.collectItems.put(claimed);
    return claimed;
  });
}

export async function finishItem(db: RectifyLensDb, itemId: number, result: ItemResult, now: Date): Promise<void> {
  await db.collectItems.update(itemId, {
    status: result.status,
    reason: result.reason,
    noticeId: result.noticeId,
    finishedAt: now.toISOString(),
  });
}

/** Applies a pause/resume/cancel/finish; returns the new status, or null when it did not apply. */
export async function changeRun(db: RectifyLensDb, runId: number, action: RunAction, now: Date): Promise<CollectRunRow['status'] | null> {
  return db.transaction('rw', db.collectRuns, db.collectItems, async () => {
    const run = await db.collectRuns.get(runId);
    const status = run && nextRunStatus(run.status, action);
    if (!status) return null;
    await db.collectRuns.update(runId, { status, updatedAt: now.toISOString() });
    // A paused or cancelled run holds no item half fetched.
    if (status !== 'running') await requeueInterrupted(db, runId);
    return status;
  });
}

export async function updateRun(db: RectifyLensDb, runId: number, changes: Partial<CollectRunRow>, now: Date): Promise<void> {
  await db.collectRuns.update(runId, { ...changes, updatedAt: now.toISOString() });
}

/** Items left 'fetching' by a worker that stopped go back to 'queued'. */
export async function requeueInterrupted(db: RectifyLensDb, runId: number): Promise<number> {
  const fetching = (await db.collectItems.where('[runId+status]').equals([runId, 'fetching']).toArray()) as StoredItem[];
  const back = interruptedToQueued(fetching);
  if (back.length) await db.collectItems.bulkPut(back);
  return back.length;
}

export async function runningRunIds(db: RectifyLensDb): Promise<number[]> {
  return (await db.collectRuns.where('status').equals('running').primaryKeys()) as number[];
}

/** Runs paused until a host permission is granted. */
export async function runsAwaitingPermission(db: RectifyLensDb): Promise<StoredRun[]> {
  return (await db.collectRuns.where('status').equals('paused').filter((r) => r.awaitingPermission === true).toArray()) as StoredRun[];
}

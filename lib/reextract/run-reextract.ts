// "Re-extract collection": every saved notice not yet at the current engine version, batch by
// batch, with progress after each batch and a cancel checked between notices. Resuming needs no
// bookkeeping: a notice already re-extracted carries the current engineVersion and is skipped.
import { ENGINE_VERSION } from '../engine-version';
import type { RectifyLensDb } from '../db';
import type { ReextractEntry } from './diff-facts';
import { reextractNotice, type Extractor, type ReextractStatus } from './reextract-notice';

export interface ReextractProgress {
  status: 'running' | 'done' | 'cancelled' | 'error';
  engineVersion: string;
  startedAt: string;
  finishedAt?: string;
  /** Notices to do when the run started, and done so far. */
  total: number;
  done: number;
  counts: Record<ReextractStatus, number>;
  /** Notices whose facts changed: new / changed / lost, capped at MAX_ENTRIES. */
  entries: ReextractEntry[];
  error?: string;
}

const MAX_ENTRIES = 1000;
/** storage.local key of the latest run's progress and report (the background writes it). */
export const REEXTRACT_PROGRESS_KEY = 'reextractProgress';

export interface RunOptions {
  extractor: Extractor;
  batchSize?: number;
  isCancelled?: () => boolean;
  onProgress?: (progress: ReextractProgress) => void | Promise<void>;
  /** Lets other work run between batches (a timer in the worker). */
  pause?: () => Promise<void>;
  now?: () => Date;
  engineVersion?: string;
}

export function emptyCounts(): Record<ReextractStatus, number> {
  return { updated: 0, unchanged: 0, current: 0, 'no-text': 0, 'not-a-notice': 0, gone: 0 };
}

/** Ids of the notices whose facts another engine version (or an unknown one) produced. */
export async function staleNoticeIds(db: RectifyLensDb, engineVersion = ENGINE_VERSION): Promise<number[]> {
  const current = new Set((await db.notices.where('engineVersion').equals(engineVersion).primaryKeys()) as number[]);
  const all = (await db.notices.toCollection().primaryKeys()) as number[];
  return all.filter((id) => !current.has(id));
}

/** How many stale notices have an archived text (the others cannot be re-extracted). */
export async function reextractableCount(db: RectifyLensDb, engineVersion = ENGINE_VERSION): Promise<number> {
  const archived = new Set((await db.archives.toCollection().primaryKeys()) as number[]);
  return (await staleNoticeIds(db, engineVersion)).filter((id) => archived.has(id)).length;
}

export async function runReextract(db: RectifyLensDb, options: RunOptions): Promise<ReextractProgress> {
  const { extractor, batchSize = 20, isCancelled = () => false, onProgress, pause, now = () => new Date() } = options;
  const engineVersion = options.engineVersion ?? ENGINE_VERSION;
  const progress: ReextractProgress = { status: 'running', engineVersion, startedAt: now().toISOString(), total: 0, done: 0, counts: emptyCounts(), entries: [] };
  const finish = async (status: ReextractProgress['status'], error?: string) => {
    progress.status = status;
    progress.finishedAt = now().toISOString();
    if (error) progress.error = error;
    await onProgress?.({ ...progress });
    return progress;
  };
  try {
    const ids = await staleNoticeIds(db, engineVersion);
    progress.total = ids.length;
    await onProgress?.({ ...progress });
    for (let i = 0; i < ids.length; i += batchSize) {
      for (const id of ids.slice(i, i + batchSize)) {
        if (isCancelled()) return await finish('cancelled');
        const { status, entry } = await reextractNotice(db, id, extractor, { now: now(), engineVersion });
        progress.counts[status]++;
        progress.done++;
        if (entry && progress.entries.length < MAX_ENTRIES) progress.entries.push(entry);
      }
      await onProgress?.({ ...progress, entries: [...progress.entries] });
      await pause?.();
    }
    return await finish(isCancelled() ? 'cancelled' : 'done');
  } catch (error) {
    return finish('error', error instanceof Error ? error.message : String(error));
  }
}

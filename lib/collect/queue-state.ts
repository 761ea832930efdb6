// The collect queue's states, pure: which item is next, the counts the popup shows, what a run
// may do next, and why an item ended as it did. The runner (entrypoints/background/
// collect-runner.ts) keeps the rows in the database; these functions only decide.
import type { CollectItemRow, CollectRunRow } from '../db/collect-schema';

export type RunStatus = CollectRunRow['status'];
export type ItemStatus = CollectItemRow['status'];
export type RunAction = 'pause' | 'resume' | 'cancel' | 'finish';

/** Tries of one URL: a page whose fetch keeps dying with the worker is given up after these. */
export const MAX_ATTEMPTS = 3;

/** Most list pages a run reads (the first one and those behind 下一页). */
export const MAX_LIST_PAGES = 50;

const TRANSITIONS: Record<RunStatus, Partial<Record<RunAction, RunStatus>>> = {
  running: { pause: 'paused', cancel: 'cancelled', finish: 'done' },
  paused: { resume: 'running', cancel: 'cancelled' },
  cancelled: {},
  done: {},
};

/** The run's status after `action`, or null when the action does not apply (resume a done run). */
export function nextRunStatus(status: RunStatus, action: RunAction): RunStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

export function isFinished(status: ItemStatus): boolean {
  return status !== 'queued' && status !== 'fetching';
}

/** The next item to fetch: the queued one found first. */
export function nextItem<T extends Pick<CollectItemRow, 'status' | 'seq'>>(items: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of items) if (item.status === 'queued' && (!best || item.seq < best.seq)) best = item;
  return best;
}

export interface RunCounts {
  total: number;
  queued: number;
  /** Finished, whatever the outcome. */
  fetched: number;
  /** Saved new, or updated. */
  saved: number;
  skipped: number;
  failed: number;
}

export function runCounts(items: readonly Pick<CollectItemRow, 'status'>[]): RunCounts {
  const c: RunCounts = { total: items.length, queued: 0, fetched: 0, saved: 0, skipped: 0, failed: 0 };
  for (const { status } of items) {
    if (status === 'queued' || status === 'fetching') c.queued++;
    else {
      c.fetched++;
      if (status === 'saved' || status === 'updated') c.saved++;
      else if (status === 'skipped') c.skipped++;
      else c.failed++;
    }
  }
  return c;
}

/** Items a stopped worker left half done go back to the queue (their fetch died with it). */
export function interruptedToQueued<T extends Pick<CollectItemRow, 'status'>>(items: readonly T[]): T[] {
  return items.filter((i) => i.status === 'fetching').map((i) => ({ ...i, status: 'queued' as const }));
}

/** What happened to one URL, as the runner saw it. */
export type FetchOutcome =
  | { kind: 'saved'; noticeId: number }
  | { kind: 'updated'; noticeId: number; unchanged?: boolean }
  | { kind: 'already-saved'; noticeId?: number }
  | { kind: 'http-error'; status: number }
  | { kind: 'not-html'; contentType: string }
  | { kind: 'not-a-notice' }
  | { kind: 'timeout' }
  | { kind: 'decode-error'; detail?: string }
  | { kind: 'network-error'; detail?: string }
  | { kind: 'other-origin' }
  | { kind: 'save-error'; detail?: string }
  | { kind: 'too-many-attempts' };

export interface ItemResult {
  status: ItemStatus;
  /** A stable code the report translates: http-404, not-a-notice, already-saved, timeout, … */
  reason?: string;
  noticeId?: number;
}

/** The item's final status and reason for an outcome. */
export function itemResult(outcome: FetchOutcome): ItemResult {
  switch (outcome.kind) {
    case 'saved':
      return { status: 'saved', noticeId: outcome.noticeId };
    case 'updated':
      // Saved before exactly so: nothing new, reported as already saved.
      return outcome.unchanged
        ? { status: 'skipped', reason: 'already-saved', noticeId: outcome.noticeId }
        : { status: 'updated', noticeId: outcome.noticeId };
    case 'already-saved':
      return { status: 'skipped', reason: 'already-saved', noticeId: outcome.noticeId };
    case 'not-a-notice':
      return { status: 'skipped', reason: 'not-a-notice' };
    case 'not-html':
      return { status: 'skipped', reason: 'not-html' };
    case 'http-error':
      return { status: 'failed', reason: `http-${outcome.status}` };
    case 'timeout':
    case 'decode-error':
    case 'network-error':
    case 'other-origin':
    case 'save-error':
    case 'too-many-attempts':
      return { status: 'failed', reason: outcome.kind };
  }
}

/** The reason's code without its detail: 'http-404' → 'http'. For choosing a label. */
export function reasonKind(reason: string): string {
  return reason.startsWith('http-') ? 'http' : reason;
}

// Turns what IndexedDB/Dexie/zod throw into one sentence a researcher can act on, and says
// whether trying again later can help (the content script retries those with back-off).
import { ZodError } from 'zod';

export interface StorageFailure {
  error: string;
  /** A busy, closing or aborted database: the same write may succeed later. */
  retryable: boolean;
}

/** Thrown by openForWrites while an older connection holds the database at its old version. */
export class UpgradeBlockedError extends Error {
  override name = 'UpgradeBlockedError';
  constructor() {
    super('the database upgrade is blocked by another Rectify Lens page still open on the old version');
  }
}

/** Names of transient failures: the transaction or connection, not the data, was the problem. */
const TRANSIENT = new Set([
  'AbortError', 'TransactionInactiveError', 'TimeoutError', 'UnknownError', 'InvalidStateError',
  'DatabaseClosedError', 'UpgradeBlockedError',
]);

function names(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { name?: string; inner?: unknown } | undefined; e && out.length < 5; e = e.inner as typeof e) {
    if (typeof e.name === 'string') out.push(e.name);
  }
  return out;
}

export function storageFailure(err: unknown): StorageFailure {
  const all = names(err);
  if (all.includes('QuotaExceededError')) {
    return {
      error: 'Not saved: the disk is full (storage quota exceeded). Free some disk space and try again; nothing already saved was lost.',
      retryable: false,
    };
  }
  if (all.includes('UpgradeBlockedError')) {
    return {
      error: 'Not saved yet: a Rectify Lens tab opened before the update keeps the database on its old version. Close or reload the other Rectify Lens tabs; nothing already saved was changed.',
      retryable: true,
    };
  }
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'record';
    return {
      error: `Not saved: the record is invalid (${where}: ${first?.message ?? 'unknown problem'}). Nothing already saved was changed.`,
      retryable: false,
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return {
    error: `Not saved: the database refused the write (${message}). Nothing already saved was changed.`,
    retryable: all.some((n) => TRANSIENT.has(n)),
  };
}

export function describeStorageError(err: unknown): string {
  return storageFailure(err).error;
}

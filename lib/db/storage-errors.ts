// Turns what IndexedDB/Dexie/zod throw into one sentence a researcher can act on.
import { ZodError } from 'zod';

function names(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { name?: string; inner?: unknown } | undefined; e && out.length < 5; e = e.inner as typeof e) {
    if (typeof e.name === 'string') out.push(e.name);
  }
  return out;
}

export function describeStorageError(err: unknown): string {
  const all = names(err);
  if (all.includes('QuotaExceededError')) {
    return 'Not saved: the disk is full (storage quota exceeded). Free some disk space and try again; nothing already saved was lost.';
  }
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'record';
    return `Not saved: the record is invalid (${where}: ${first?.message ?? 'unknown problem'}). Nothing already saved was changed.`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `Not saved: the database refused the write (${message}). Nothing already saved was changed.`;
}

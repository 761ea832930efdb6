// Opening the database before a write without hanging. An upgrade waits, in IndexedDB, for
// every older connection to close (a tab still running the previous build); Dexie then fires
// `blocked` and waits on. A save must not hang with it: it fails at once, retryable, and the
// open carries on in the background, so a retry after the old tab closes finds it open.
import type Dexie from 'dexie';
import { UpgradeBlockedError } from './storage-errors';

const blocked = new WeakSet<Dexie>();

export function openForWrites(db: Dexie): Promise<void> {
  if (db.isOpen()) return Promise.resolve();
  if (blocked.has(db)) return Promise.reject(new UpgradeBlockedError());
  return new Promise<void>((resolve, reject) => {
    const onBlocked = () => {
      blocked.add(db);
      reject(new UpgradeBlockedError());
    };
    db.on('blocked', onBlocked);
    db.open().then(
      () => resolve(),
      (err: unknown) => reject(err),
    ).finally(() => {
      blocked.delete(db);
      db.on('blocked').unsubscribe(onBlocked);
    });
  });
}

// The database handle of one extension context (the background worker, the popup, the
// dashboard: each JS context opens its own connection). It lives here, beside the background,
// because lib/ takes the database as a parameter and never reaches for one itself.
import { RectifyLensDb } from '@/lib/db';

let singleton: RectifyLensDb | undefined;

/** The database of this extension page or worker, opened lazily on first use. */
export function getDb(): RectifyLensDb {
  singleton ??= new RectifyLensDb();
  return singleton;
}

// What the background's message handlers are given: the database, who the extension is (to
// check senders), the auto-save setting, and a clock. Tests pass their own.
import type { RectifyLensDb } from '@/lib/db';

export interface HandlerContext {
  db: RectifyLensDb;
  runtimeId: string;
  /** browser.runtime.getURL('/'), the extension's own origin. */
  extensionBaseUrl: string;
  autoSave: () => Promise<boolean>;
  now?: () => Date;
}

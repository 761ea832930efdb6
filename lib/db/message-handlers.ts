// What the background does with messages: who may send them, validation, and the write.
// Kept out of the entrypoint so tests can drive it without a browser.
import { isOwnExtensionPage, type SenderLike } from '../messages';
import type { RectifyLensDb } from './database';
import { removeNotice } from './save-notice';

export interface HandlerContext {
  db: RectifyLensDb;
  runtimeId: string;
  /** browser.runtime.getURL('/'), the extension's own origin. */
  extensionBaseUrl: string;
  autoSave: () => Promise<boolean>;
  now?: () => Date;
}

export async function handleRemoveNotice(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<void> {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: only Rectify Lens pages may remove notices.');
  }
  if (typeof data !== 'number' || !Number.isInteger(data)) throw new Error('removeNotice needs a notice id.');
  await removeNotice(ctx.db, data);
}

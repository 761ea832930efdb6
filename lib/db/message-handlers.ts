// What the background does with messages: who may send them, validation, and the write.
// Kept out of the entrypoint so tests can drive it without a browser.
import { isOwnContentScript, isOwnExtensionPage, saveNoticeRequestSchema, type SaveNoticeResult, type SenderLike } from '../messages';
import type { RectifyLensDb } from './database';
import { removeNotice, saveNotice } from './save-notice';

export interface HandlerContext {
  db: RectifyLensDb;
  runtimeId: string;
  /** browser.runtime.getURL('/'), the extension's own origin. */
  extensionBaseUrl: string;
  autoSave: () => Promise<boolean>;
  now?: () => Date;
}

export async function handleSaveNotice(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<SaveNoticeResult> {
  if (!isOwnContentScript(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    return { status: 'error', error: 'Rejected: notices are accepted only from Rectify Lens content scripts.' };
  }
  const parsed = saveNoticeRequestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'request';
    return { status: 'error', error: `Not saved: the notice record is invalid (${where}: ${issue?.message}).` };
  }
  const request = parsed.data;
  if (!request.manual && (!request.extraction.detection.isNotice || !(await ctx.autoSave()))) {
    return { status: 'not-saved' };
  }
  return saveNotice(ctx.db, request, ctx.now?.() ?? new Date());
}

export async function handleRemoveNotice(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<void> {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: only Rectify Lens pages may remove notices.');
  }
  if (typeof data !== 'number' || !Number.isInteger(data)) throw new Error('removeNotice needs a notice id.');
  await removeNotice(ctx.db, data);
}

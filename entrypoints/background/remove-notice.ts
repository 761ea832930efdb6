// The background's side of `removeNotice`: only the extension's own pages may ask.
import { removeNotice } from '@/lib/db';
import { isOwnExtensionPage, type SenderLike } from '@/lib/messages';
import type { HandlerContext } from './handler-context';

export async function handleRemoveNotice(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<void> {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: only Rectify Lens pages may remove notices.');
  }
  if (typeof data !== 'number' || !Number.isInteger(data)) throw new Error('removeNotice needs a notice id.');
  await removeNotice(ctx.db, data);
}

// Tells every tab that a notice was saved or removed, so each content script's badge follows
// saves and removals made elsewhere (the dashboard, the popup, another tab).
import { browser } from 'wxt/browser';
import { isOwnExtensionPage, noticeChangeSchema, sendMessage, type NoticeChange, type SaveNoticeResult, type SenderLike } from '@/lib/messages';
import type { HandlerContext } from './handler-context';

export async function broadcastNoticeChange(change: NoticeChange, exceptTabId?: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && tab.id !== exceptTabId)
      // A tab without our content script does not answer: nothing to tell it.
      .map((tab) => sendMessage('noticeChanged', change, tab.id!).catch(() => undefined)),
  );
}

/** `noticeChanged` from the popup or the dashboard, after a write of theirs. */
export async function handleNoticeChanged(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<void> {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) throw new Error('Rejected: only Rectify Lens pages announce changes.');
  await broadcastNoticeChange(noticeChangeSchema.parse(data));
}

/** After an analysePage that wrote a notice: the other tabs of the same notice learn it is saved. */
export function announceSaved(saved: SaveNoticeResult | null, request: { url?: unknown; canonicalUrl?: unknown }, fromTabId?: number): void {
  if (!saved || (saved.status !== 'saved' && saved.status !== 'updated') || (saved.status === 'updated' && saved.unchanged)) return;
  const url = typeof request.url === 'string' ? request.url : undefined;
  const canonicalUrl = typeof request.canonicalUrl === 'string' ? request.canonicalUrl : undefined;
  void broadcastNoticeChange({ kind: 'saved', noticeId: saved.noticeId, url, canonicalUrl }, fromTabId).catch(() => undefined);
}

// After the popup or the dashboard saved or removed a notice itself: the background tells every
// tab, so a page's badge follows (lib/message-protocol.ts `noticeChanged`).
import { sendMessage, type NoticeChange } from '@/lib/messages';

export async function announceNoticeChange(change: NoticeChange): Promise<void> {
  try {
    await sendMessage('noticeChanged', change);
  } catch {
    /* no background (a test page): nothing to tell */
  }
}

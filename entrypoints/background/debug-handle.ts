// Debugging aid (and scripts/bench-scale.ts's way in): in the service worker's console only,
// `rectifyLens` saves, archives and removes notices by the same lib functions the message
// handlers call. Nothing a web page or content script can reach: only DevTools (or CDP) sees the
// worker's globals.
import { archiveText, removeNotice, saveNotice } from '@/lib/db';
import type { SaveNoticeRequest } from '@/lib/messages';
import type { HandlerContext } from './handler-context';

export function exposeDebugHandle(ctx: HandlerContext): void {
  (globalThis as { rectifyLens?: unknown }).rectifyLens = {
    db: ctx.db,
    saveNotice: (request: SaveNoticeRequest, now?: string) => saveNotice(ctx.db, request, now ? new Date(now) : undefined),
    archiveText: (noticeId: number, text: string, textHash: string) => archiveText(ctx.db, noticeId, text, textHash),
    removeNotice: (noticeId: number) => removeNotice(ctx.db, noticeId),
  };
}

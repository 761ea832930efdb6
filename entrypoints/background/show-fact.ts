// The background's side of `showFactOnPage` (dashboard → background): look the fact and its
// notice up, open the notice's page in a tab (or focus the tab that shows it), wait until its
// content script answers, and ask it to reveal the fact (entrypoints/content/reveal-fact.ts).
import { isOwnExtensionPage, sendMessage, showFactRequestSchema, type SenderLike, type ShowFactResult } from '@/lib/messages';
import type { StoredFact, StoredNotice } from '@/lib/db';
import type { HandlerContext } from './handler-context';

/** How long a freshly opened page may take to load and start its content script. */
const READY_LIMIT_MS = 30_000;
const RETRY_MS = 300;

export async function handleShowFact(data: unknown, sender: SenderLike | undefined, ctx: HandlerContext): Promise<ShowFactResult> {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: only Rectify Lens pages may show facts.');
  }
  const { noticeId, factId } = showFactRequestSchema.parse(data);
  const [notice, fact] = (await Promise.all([ctx.db.notices.get(noticeId), ctx.db.facts.get(factId)])) as [StoredNotice | undefined, StoredFact | undefined];
  if (!notice) return { found: false, error: `No saved notice ${noticeId}.` };
  if (!fact || fact.noticeId !== noticeId) return { found: false, error: `No fact ${factId} in notice ${noticeId}.` };
  const tabId = await openTab(notice.url);
  const request = { selector: fact.selector, label: fact.label };
  const deadline = Date.now() + READY_LIMIT_MS;
  // The content script may not run yet (the page loading) or be busy analysing: ask again.
  for (;;) {
    try {
      const result = await sendMessage('revealFact', request, tabId);
      return { ...result, tabId };
    } catch (error) {
      if (Date.now() > deadline) return { found: false, error: `The page did not answer: ${error instanceof Error ? error.message : String(error)}` };
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** A tab showing `url` (without its hash), focused, or a new one. */
async function openTab(url: string): Promise<number> {
  const bare = url.split('#')[0];
  // Without the tabs permission, tab URLs are visible only on the content script's sites, which
  // is where saved notices are; elsewhere no tab matches and a new one opens.
  const tabs = await browser.tabs.query({}).catch(() => []);
  const open = tabs.find((t) => t.id !== undefined && t.url?.split('#')[0] === bare);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    return open.id;
  }
  const created = await browser.tabs.create({ url, active: true });
  if (created.id === undefined) throw new Error('No tab could be opened.');
  return created.id;
}

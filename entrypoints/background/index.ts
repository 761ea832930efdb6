// The background owns extraction and the database writes coming from content scripts (the
// database lives in the extension origin; a content script's IndexedDB would belong to the
// visited site). Extraction runs here so that no page pays its cold start on the main thread.
// Its handlers and state live in this folder; lib/ only computes.
import nlp from 'compromise';
import type { Nlp } from '@/lib/english/extract-english';
import { ensureSummaries } from '@/lib/db';
import { onMessage } from '@/lib/messages';
import { handleAnalysePage } from './analyse-page';
import { registerCollect } from './collect-handlers';
import { getAutoSave } from './auto-save-setting';
import { getDb } from './database';
import type { HandlerContext } from './handler-context';
import { handlePageTextPart, PageTextParts } from './page-text-parts';
import { requestPersistentStorage } from './persist-storage';
import { exposeDebugHandle } from './debug-handle';
import { handleRemoveNotice } from './remove-notice';
import { ReextractJob } from './reextract-job';
import { handleShowFact } from './show-fact';
import { initSiteScripts } from './site-scripts';
import { announceSaved, handleNoticeChanged } from './notice-changed';

export default defineBackground(() => {
  const ctx: HandlerContext = {
    db: getDb(),
    runtimeId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    autoSave: getAutoSave,
  };
  // Statically imported: MV3 service workers refuse import().
  const analyseCtx = { ...ctx, nlp: nlp as unknown as Nlp, parts: new PageTextParts() };
  onMessage('pageTextPart', ({ data, sender }) => handlePageTextPart(data, sender, analyseCtx));
  onMessage('analysePage', async ({ data, sender }) => {
    const result = await handleAnalysePage(data, sender, analyseCtx);
    announceSaved(result.saved, data, sender.tab?.id);
    return result;
  });
  onMessage('removeNotice', async ({ data, sender }) => {
    await handleRemoveNotice(data, sender, ctx);
    if (typeof data === 'number') void handleNoticeChanged({ kind: 'removed', noticeId: data }, sender, ctx).catch(() => undefined);
  });
  onMessage('noticeChanged', ({ data, sender }) => handleNoticeChanged(data, sender, ctx));
  // Issue 9: show a saved fact on its page; re-extract the collection with the current engine.
  onMessage('showFactOnPage', ({ data, sender }) => handleShowFact(data, sender, ctx));
  const reextract = new ReextractJob({ ...ctx, nlp: analyseCtx.nlp });
  onMessage('startReextract', ({ sender }) => reextract.start(sender));
  onMessage('cancelReextract', ({ sender }) => reextract.cancel(sender));
  onMessage('getReextractProgress', ({ sender }) => reextract.progress(sender));
  initSiteScripts(ctx);
  registerCollect(analyseCtx);
  exposeDebugHandle(ctx);

  // Summaries are derived rows: rebuilt here when the rules that build them changed.
  void ensureSummaries(ctx.db).catch((err: unknown) => console.warn('Rectify Lens: summaries not rebuilt', err));

  // persist() exists only in window contexts; the popup and dashboard ask again from there.
  browser.runtime.onInstalled.addListener(() => void requestPersistentStorage());
  browser.runtime.onStartup.addListener(() => void requestPersistentStorage());
});

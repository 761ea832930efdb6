// The background owns extraction and the database writes coming from content scripts (the
// database lives in the extension origin; a content script's IndexedDB would belong to the
// visited site). Extraction runs here so that no page pays its cold start on the main thread.
// Its handlers and state live in this folder; lib/ only computes.
import nlp from 'compromise';
import type { Nlp } from '@/lib/english/extract-english';
import { ensureSummaries } from '@/lib/db';
import { onMessage } from '@/lib/messages';
import { handleAnalysePage } from './analyse-page';
import { getAutoSave } from './auto-save-setting';
import { getDb } from './database';
import type { HandlerContext } from './handler-context';
import { handlePageTextPart, PageTextParts } from './page-text-parts';
import { requestPersistentStorage } from './persist-storage';
import { exposeDebugHandle } from './debug-handle';
import { handleRemoveNotice } from './remove-notice';

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
  onMessage('analysePage', ({ data, sender }) => handleAnalysePage(data, sender, analyseCtx));
  onMessage('removeNotice', ({ data, sender }) => handleRemoveNotice(data, sender, ctx));
  exposeDebugHandle(ctx);

  // Summaries are derived rows: rebuilt here when the rules that build them changed.
  void ensureSummaries(ctx.db).catch((err: unknown) => console.warn('Rectify Lens: summaries not rebuilt', err));

  // persist() exists only in window contexts; the popup and dashboard ask again from there.
  browser.runtime.onInstalled.addListener(() => void requestPersistentStorage());
  browser.runtime.onStartup.addListener(() => void requestPersistentStorage());
});

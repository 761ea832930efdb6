// The background owns the database writes coming from content scripts (the database lives in
// the extension origin; a content script's IndexedDB would belong to the visited site).
import { getDb, handleRemoveNotice, handleSaveNotice, requestPersistentStorage, type HandlerContext } from '@/lib/db';
import { onMessage } from '@/lib/messages';
import { getAutoSave } from '@/lib/settings';

export default defineBackground(() => {
  const ctx: HandlerContext = {
    db: getDb(),
    runtimeId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    autoSave: getAutoSave,
  };
  onMessage('saveNotice', ({ data, sender }) => handleSaveNotice(data, sender, ctx));
  onMessage('removeNotice', ({ data, sender }) => handleRemoveNotice(data, sender, ctx));

  // persist() exists only in window contexts; the popup and dashboard ask again from there.
  browser.runtime.onInstalled.addListener(() => void requestPersistentStorage());
  browser.runtime.onStartup.addListener(() => void requestPersistentStorage());
});

// What the page must not be able to do to the content script. WXT's context shuts a content
// script down when the document receives its "content-script-started" event from another copy;
// the page can dispatch that event too (the name is the extension id, public for a store
// extension, plus the entry name), which would switch the lens off. Our own second copy (the
// popup injecting this file again) is found through the isolated world's globals instead (see
// index.ts), so the event is never needed: it is stopped at the window, in the capture phase,
// before it reaches the context's listener on the document.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event's name (WXT keeps it private in its types; it is a static of the class). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export function ignoreStartedEvents(ctx: ContentScriptContext, win: Window): void {
  win.addEventListener(STARTED, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}

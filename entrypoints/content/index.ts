// Content script: recognise a rectification notice in this frame, highlight its numbers and
// sanctions, show the badge, save it. The work lives in ./lens.ts; this wires it to WXT.
import { DEFAULT_SITE_MATCHES } from '../../lib/sites';
import { answerPopup } from './frame-messaging';
import { answerListLinks } from './list-links';
import { Lens, log } from './lens';
import { ignoreStartedEvents } from './page-boundary';
import { answerReveal } from './reveal-fact';
import { pauser } from './yield';
// The ::highlight() rules go in the manifest's css (content-scripts/content.css), so the browser
// adds them with the page's own sheets. Adopting a sheet after the page has loaded restyles the
// whole document: on a page of 20,000 table rows that one recalculation took 600 ms.
import './highlights.css';

type Loaded = { isLive(): boolean };
const FLAG = '__rectifyLensLoaded';

export default defineContentScript({
  matches: DEFAULT_SITE_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage at start-up: it would tell every script of the page (and of its
  // parent frames) that the extension is here, and its id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      // The popup may inject this file into a page that already runs it: the flag (in the
      // isolated world, out of the page's reach) keeps the live copy and stops the new one.
      const g = globalThis as unknown as Record<string, Loaded | undefined>;
      if (g[FLAG]?.isLive()) return;
      ignoreStartedEvents(ctx, window);
      g[FLAG] = { isLive: () => !ctx.isInvalid };
      const lens = new Lens(ctx);
      answerPopup(
        ctx,
        {
          settled: () => lens.settled(),
          hasNotice: () => lens.hasNotice(),
          pageState: () => lens.pageState(),
          saveNow: () => lens.saveNow(),
          setHighlights: (on) => lens.setHighlights(on),
          noticeChanged: (change) => lens.noticeChanged(change),
        },
        window.top === window,
      );
      // Issue 9: "Show on page" from the dashboard, by way of the background.
      answerReveal(ctx, document, lens, pauser(ctx), window.top === window);
      // The settings page's "highlight figures" (components/settings-items.ts, key `highlights`):
      // off starts every page without highlights; the popup can still show them on one page.
      void browser.storage.local.get('highlights').then((v) => v.highlights === false && lens.setHighlights(false), () => undefined);
      if (window.top === window) answerListLinks(ctx, document);
      lens.start();
    } catch (error) {
      log('could not start', error);
    }
  },
});

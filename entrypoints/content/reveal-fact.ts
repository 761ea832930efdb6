// "Show on page" (issue 9), the page's side: the background asks (revealFact) for a saved fact;
// this frame flattens its text afresh, finds the fact by its selector (lib/anchoring), scrolls to
// it and flashes it for FLASH_MS with the 'rl-flash' highlight. Not found: the badge says so.
// Checked by hand, not with zod: content scripts load no zod (see lib/message-protocol.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorer } from '../../lib/anchoring/anchor-selector';
import { liveRange, offsetsToStaticRange } from '../../lib/dom/offsets-to-range';
import { onMessage } from '../../lib/message-protocol';
import type { RevealFactRequest, RevealFactResult } from '../../lib/messages';
import { flattenPage } from './flatten-page';
import { highlightsSupported } from './highlights';

export const FLASH_HIGHLIGHT = 'rl-flash';
const FLASH_MS = 2000;
/** A frame that cannot find the fact answers late, so the frame that can answers first. */
const NOT_FOUND_DELAY = { top: 400, subframe: 1500 };

export interface RevealHost {
  /** Resolves when the analysis under way (if any) is done. */
  settled(): Promise<void>;
  /** The badge's note that the fact is not on this page (top frame, or the frame with the notice). */
  notFound(label: string, quote: string): void;
  hasNotice(): boolean;
}

export function isRevealRequest(data: unknown): data is RevealFactRequest {
  const d = data as RevealFactRequest | null;
  const s = d?.selector;
  return (
    !!s && typeof d!.label === 'string' && typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string' &&
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.exact.length > 0
  );
}

export async function revealFact(ctx: ContentScriptContext, doc: Document, request: RevealFactRequest, pause: () => Promise<void>): Promise<RevealFactResult> {
  const { text, segments } = await flattenPage(doc, pause);
  const found = createAnchorer(text).anchor(request.selector);
  const range = found && offsetsToStaticRange(segments, found.start, found.end);
  const live = range && liveRange(range);
  if (!found || !range || !live) return { found: false };
  live.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  flash(ctx, range);
  return { found: true, method: found.method, text: live.toString() };
}

let clearTimer: number | undefined;

function flash(ctx: ContentScriptContext, range: StaticRange): void {
  if (!highlightsSupported()) return;
  const set = new Highlight(range);
  set.priority = 2; // over the fact and number highlights
  CSS.highlights.set(FLASH_HIGHLIGHT, set);
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  clearTimer = ctx.setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === set) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, FLASH_MS);
}

export function answerReveal(ctx: ContentScriptContext, doc: Document, host: RevealHost, pause: () => Promise<void>, isTop: boolean): void {
  const remove = onMessage('revealFact', async ({ data }) => {
    if (!isRevealRequest(data)) throw new Error('revealFact needs a text-quote selector.');
    await host.settled();
    const result = await revealFact(ctx, doc, data, pause);
    if (result.found) return result;
    if (isTop || host.hasNotice()) host.notFound(data.label, data.selector.exact);
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, isTop ? NOT_FOUND_DELAY.top : NOT_FOUND_DELAY.subframe));
    return result;
  });
  ctx.onInvalidated(() => {
    remove();
    if (highlightsSupported()) CSS.highlights.delete(FLASH_HIGHLIGHT);
  });
}

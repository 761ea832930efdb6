// Re-run after the page changes (content injected late, "next page" loaded in place):
// debounced, with a ceiling so a page that never stops changing still gets analysed, and
// blind to our own UI host and style. Once a notice was found, only changes inside its article
// (`scope()`) count: a clock or a ticker elsewhere on the page changes nothing that was
// analysed. Before that, a change counts only when it brings a notice's worth of text
// (MIN_ADDED_TEXT), so a ticking clock on an ordinary page does not re-analyse it either.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 3000;
/** Characters one change must bring, when no article is known yet (no notice is shorter). */
export const MIN_ADDED_TEXT = 50;

function isOursOrHead(node: Node, isOurs: (n: Node) => boolean): boolean {
  if (isOurs(node)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-rectify-lens], head');
}

/** Whether one mutation record may change the analysed text. */
export function relevantRecord(r: MutationRecord, isOurs: (n: Node) => boolean, scope: Element | null): boolean {
  if (isOursOrHead(r.target, isOurs)) return false;
  if (scope && scope.isConnected) return scope.contains(r.target);
  if (scope) return true; // the article itself was taken out: whatever replaced it is news
  if (r.type === 'characterData') return (r.target.nodeValue?.length ?? 0) >= MIN_ADDED_TEXT;
  let added = 0;
  for (const n of Array.from(r.addedNodes)) {
    if (isOurs(n) || (n as Element).hasAttribute?.('data-rectify-lens')) continue;
    added += n.textContent?.length ?? 0;
    if (added >= MIN_ADDED_TEXT) return true;
  }
  // A removal alone can take a notice away (the page navigated in place to something shorter).
  return r.removedNodes.length > 0 && Array.from(r.removedNodes).some((n) => (n.textContent?.length ?? 0) >= MIN_ADDED_TEXT);
}

export function watchMutations(
  ctx: ContentScriptContext,
  doc: Document,
  isOurs: (node: Node) => boolean,
  scope: () => Element | null,
  onChange: () => void,
): void {
  let timer: number | undefined;
  let firstPending = 0;
  const fire = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    const article = scope();
    if (!records.some((r) => relevantRecord(r, isOurs, article))) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(fire, wait);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}

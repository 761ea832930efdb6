// Re-run after the page changes (content injected late, "next page" loaded in place):
// debounced, with a ceiling so a page that never stops changing still gets analysed, and
// blind to our own UI host and style.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 3000;

function isOursOrHead(node: Node, isOurs: (n: Node) => boolean): boolean {
  if (isOurs(node)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-rectify-lens], head');
}

export function watchMutations(
  ctx: ContentScriptContext,
  doc: Document,
  isOurs: (node: Node) => boolean,
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
    const relevant = records.some((r) => {
      if (r.type === 'characterData') return !isOursOrHead(r.target, isOurs);
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return nodes.some((n) => !isOurs(n) && !(n as Element).hasAttribute?.('data-rectify-lens')) && !isOursOrHead(r.target, isOurs);
    });
    if (!relevant) return;
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

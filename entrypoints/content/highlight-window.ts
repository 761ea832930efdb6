// On a huge page only the highlight ranges near the viewport are registered. Chrome revalidates
// every registered range of a highlight whenever the registry changes, so 80,000 ranges set at
// once froze the page for over a second; a window of MAX_REGISTERED ranges around what is on
// screen costs a few ms, and moves as the reader scrolls. Ranges are in document order, which
// on such pages (long articles, tables) is top-to-bottom order: found by binary search.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Ranges registered per highlight at most (all of them on ordinary pages). */
export const MAX_REGISTERED = 2000;

/** Index of the first of `n` ranges whose bottom edge is at or below `y`; `bottomOf` must grow with the index. */
export function firstEndingBelow(n: number, bottomOf: (i: number) => number, y: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bottomOf(mid) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The window [from, to) of `size` ranges of `n` around `at`: a quarter above it, the rest below. */
export function windowAround(n: number, at: number, size = MAX_REGISTERED): [number, number] {
  if (n <= size) return [0, n];
  const from = Math.max(0, Math.min(n - size, at - (size >> 2)));
  return [from, from + size];
}

/** A window needs moving once the viewport's first range nears one of its ends. */
export function needsMove([from, to]: [number, number], n: number, at: number, size = MAX_REGISTERED): boolean {
  const margin = size >> 3;
  return (from > 0 && at - from < margin) || (to < n && to - at < 3 * margin);
}

function bottomOf(range: AbstractRange): number {
  const el = range.startContainer.parentElement;
  return el ? el.getBoundingClientRect().bottom : 0;
}

/** Keeps `set` holding the window of `ranges` near the viewport; returns a stopper. */
export function windowHighlight(ctx: ContentScriptContext, win: Window, set: Highlight, ranges: readonly AbstractRange[]): () => void {
  let current: [number, number] = [-1, -1];
  let pending = false;
  let stopped = false;
  const place = () => {
    pending = false;
    if (stopped) return;
    const at = firstEndingBelow(ranges.length, (i) => bottomOf(ranges[i]), 0);
    if (current[0] >= 0 && !needsMove(current, ranges.length, at)) return;
    current = windowAround(ranges.length, at);
    set.clear();
    for (let i = current[0]; i < current[1]; i++) set.add(ranges[i]);
  };
  const schedule = () => {
    if (pending || stopped) return;
    pending = true;
    ctx.requestAnimationFrame(place);
  };
  place();
  ctx.addEventListener(win, 'scroll', schedule, { passive: true, capture: true });
  ctx.addEventListener(win, 'resize', schedule, { passive: true });
  return () => {
    stopped = true;
  };
}

// Moving the page to what a screenshot should show: the first sanction highlight, and the
// point to hover for its card. Runs in the page's main world (the highlight registry is shared).
import type { Page } from 'playwright-core';

/** Scrolls the first `rl-sanction` highlight to the middle of the viewport; false when none. */
export function scrollToFirstSanction(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    // The content script registers StaticRanges; live Ranges are needed to measure them.
    // (No named helper here: tsx would wrap it in __name, which the page does not have.)
    const ranges = [...((CSS.highlights.get('rl-sanction') ?? []) as Iterable<AbstractRange>)].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
    ranges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const el = ranges[0]?.startContainer.parentElement;
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    return true;
  });
}

/** Viewport centre of a visible `rl-sanction` highlight (one naming a 处分 first), for a hover. */
export function firstSanctionPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const visible = [...((CSS.highlights.get('rl-sanction') ?? []) as Iterable<AbstractRange>)]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      })
      .map((r) => ({ text: r.toString(), rect: r.getClientRects()[0] }))
      .filter(({ rect }) => rect && rect.top >= 0 && rect.bottom <= innerHeight);
    const pick = visible.find((v) => v.text.includes('处分')) ?? visible[0];
    return pick ? { x: pick.rect.left + pick.rect.width / 2, y: pick.rect.top + pick.rect.height / 2 } : null;
  });
}

// Moving the page to what a screenshot should show: the first sanction highlight, and the
// point to hover for its card. Runs in the page's main world (the highlight registry is shared).
import type { Page } from 'playwright-core';

/** Scrolls the first `rl-sanction` highlight to the middle of the viewport; false when none. */
export function scrollToFirstSanction(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ranges = [...((CSS.highlights.get('rl-sanction') ?? []) as Iterable<AbstractRange>)] as Range[];
    ranges.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const el = ranges[0]?.startContainer.parentElement;
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    return true;
  });
}

/** Viewport centre of the first visible `rl-sanction` highlight, for a hover. */
export function firstSanctionPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const r of (CSS.highlights.get('rl-sanction') ?? []) as Iterable<AbstractRange>) {
      const rect = (r as Range).getClientRects()[0];
      if (rect && rect.top >= 0 && rect.bottom <= innerHeight) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
}

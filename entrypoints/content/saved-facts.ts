// Revisit (issue 9): the facts saved at an earlier visit, found again in this visit's text by
// their selectors. Those at words the current extraction does not already mark get the
// 'rl-saved' highlight; those not found at all are returned for the badge to list.
import { createAnchorer } from '../../lib/anchoring/anchor-selector';
import type { Fact } from '../../lib/contract';
import { offsetsToStaticRange, type Segment } from '../../lib/dom/offsets-to-range';
import type { SavedFactRef } from '../../lib/messages';
import { highlightsSupported } from './highlights';

export const SAVED_HIGHLIGHT = 'rl-saved';

export interface SavedFactsOnPage {
  found: number;
  missing: SavedFactRef[];
}

export function showSavedFacts(text: string, segments: readonly Segment<Text>[], saved: readonly SavedFactRef[], current: readonly Fact[]): SavedFactsOnPage {
  const anchorer = createAnchorer(text);
  const ranges: StaticRange[] = [];
  const missing: SavedFactRef[] = [];
  let found = 0;
  for (const ref of saved) {
    const at = anchorer.anchor(ref.selector);
    if (!at) {
      missing.push(ref);
      continue;
    }
    found++;
    if (current.some((f) => f.start < at.end && at.start < f.end)) continue;
    const range = offsetsToStaticRange(segments, at.start, at.end);
    if (range) ranges.push(range);
  }
  if (highlightsSupported()) {
    if (ranges.length) CSS.highlights.set(SAVED_HIGHLIGHT, new Highlight(...ranges));
    else CSS.highlights.delete(SAVED_HIGHLIGHT);
  }
  return { found, missing };
}

export function clearSavedFacts(): void {
  if (highlightsSupported()) CSS.highlights.delete(SAVED_HIGHLIGHT);
}

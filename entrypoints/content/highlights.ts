// The page's highlights through the CSS Custom Highlight API: no DOM surgery, so the page's
// own scripts, selection and layout are untouched. Ranges are built in time slices with yields
// so a page with tens of thousands of numbers stays responsive; toggling reuses the built sets.
// Sets are filled here only up to MAX_REGISTERED ranges; a bigger page gets a window of them
// near the viewport (./highlight-window.ts).
import type { Fact } from '../../lib/contract';
import { offsetsToStaticRange, type Segment } from '../../lib/dom/offsets-to-range';
import { MAX_REGISTERED } from './highlight-window';

export const NUMBER_HIGHLIGHT = 'rl-number';
export const FACT_HIGHLIGHT = 'rl-sanction';
/** Range creation per slice before yielding. */
const SLICE_MS = 8;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Resolved {
  /** One range (or null when unresolvable) per fact, index-aligned with extraction.facts. */
  factRanges: (StaticRange | null)[];
  numberCount: number;
  /** Every range, in document order: the sets hold all of them, or a window (see windowed). */
  numberList: StaticRange[];
  factList: StaticRange[];
  /** The registered sets (null where the API is missing). */
  numbers: Highlight | null;
  facts: Highlight | null;
}

export async function resolveRanges(
  segments: readonly Segment<Text>[],
  facts: readonly Fact[],
  /** [start0, end0, start1, end1, …], as the background sends them. */
  numberSpans: readonly number[],
  pause: () => Promise<void>,
): Promise<Resolved> {
  const supported = highlightsSupported();
  const numberSet = supported ? new Highlight() : null;
  const factSet = supported ? new Highlight() : null;
  if (factSet) factSet.priority = 1; // a sanction paints over the number inside it
  const factRanges: (StaticRange | null)[] = [];
  const numberList: StaticRange[] = [];
  const factList: StaticRange[] = [];
  const factCount = facts.length;
  const total = factCount + numberSpans.length / 2;
  let sliceStart = performance.now();
  for (let i = 0; i < total; i++) {
    if ((i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
    if (i < factCount) {
      const range = offsetsToStaticRange(segments, facts[i].start, facts[i].end);
      factRanges.push(range);
    } else {
      const j = 2 * (i - factCount);
      const range = offsetsToStaticRange(segments, numberSpans[j], numberSpans[j + 1]);
      if (range) numberList.push(range);
    }
  }
  // In text order (= document order), for the viewport window; offsets sort without the DOM.
  const byStart = factRanges.map((_, i) => i).sort((a, b) => facts[a].start - facts[b].start);
  for (const i of byStart) if (factRanges[i]) factList.push(factRanges[i]!);
  for (const [set, list] of [[numberSet, numberList], [factSet, factList]] as const) {
    if (set && list.length <= MAX_REGISTERED) for (const r of list) set.add(r);
  }
  return { factRanges, numberCount: numberList.length, numberList, factList, numbers: numberSet, facts: factSet };
}

/** Whether a set holds only a window of its ranges (kept near the viewport by the lens). */
export function windowed(list: readonly StaticRange[]): boolean {
  return list.length > MAX_REGISTERED;
}

/** Replaces (never adds to) this document's highlights. */
export function showHighlights(resolved: Resolved | null, on: boolean): void {
  if (!highlightsSupported()) return;
  if (!resolved || !on || !resolved.numbers || !resolved.facts) {
    clearHighlights();
    return;
  }
  CSS.highlights.set(NUMBER_HIGHLIGHT, resolved.numbers);
  CSS.highlights.set(FACT_HIGHLIGHT, resolved.facts);
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(NUMBER_HIGHLIGHT);
  CSS.highlights.delete(FACT_HIGHLIGHT);
}


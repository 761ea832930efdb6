// What a frame knows about its notice after an analysis, and moving between its facts.
import type { Extraction, Fact } from '../../lib/contract';
import { liveRange, type Segment } from '../../lib/dom/offsets-to-range';
import type { AnalysePageResult } from '../../lib/messages';
import { resolveRanges, type Resolved } from './highlights';

export interface Snapshot {
  text: string;
  segments: Segment<Text>[];
  /** `numbers` is empty: the background sends their offsets compactly (see numberCount). */
  extraction: Extraction;
  numberCount: number;
  resolved: Resolved;
  /** Fact indices ordered by position, and the facts in that order. */
  order: number[];
  sorted: Fact[];
  /** Whether the page is in traditional characters (decided by the background). */
  traditional: boolean;
}

/** Builds the ranges (in time slices) for a notice's reply. */
export async function buildSnapshot(
  text: string,
  segments: Segment<Text>[],
  { extraction, numberSpans, traditional }: AnalysePageResult,
  pause: () => Promise<void>,
): Promise<Snapshot> {
  const resolved = await resolveRanges(segments, extraction.facts, numberSpans, pause);
  const { facts } = extraction;
  const order = facts.map((_, i) => i).sort((a, b) => facts[a].start - facts[b].start);
  return { text, segments, extraction, numberCount: numberSpans.length / 2, resolved, order, sorted: order.map((i) => facts[i]), traditional };
}

/**
 * The previous/next fact after `cursor` (-1: none yet) whose range is still in the page:
 * scrolled into view and selected. Returns its position in `sorted` and its rectangle.
 */
export function stepToFact(doc: Document, snap: Snapshot, cursor: number, delta: 1 | -1): { cursor: number; rect: DOMRect } | null {
  const n = snap.sorted.length;
  for (let tries = 0; tries < n; tries++) {
    cursor = cursor < 0 ? (delta > 0 ? 0 : n - 1) : (cursor + delta + n) % n;
    const stored = snap.resolved.factRanges[snap.order[cursor]];
    const range = stored && liveRange(stored);
    if (!range) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return { cursor, rect: range.getBoundingClientRect() };
  }
  return null;
}

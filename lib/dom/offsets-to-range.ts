// Maps offsets in the flattened page text back to DOM positions. The core is pure over the
// segment array (testable without a Range implementation); `offsetsToStaticRange` is the thin DOM
// adapter. Segments are sorted, disjoint, and may have gaps (the '\n' between blocks).

export interface Segment<N = Text> {
  node: N;
  start: number;
  end: number;
}

export interface DomSpan<N = Text> {
  startNode: N;
  startOffset: number;
  endNode: N;
  endOffset: number;
}

/** Index of the first segment whose end is > offset (or segments.length). */
function firstEndingAfter<N>(segments: readonly Segment<N>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment whose start is < offset (or -1). */
function lastStartingBefore<N>(segments: readonly Segment<N>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The DOM span of text offsets [start, end), or null when it covers no node text
 * (empty, out of range, or only separators). A span that starts or ends on a separator
 * snaps inwards to the nearest node text.
 */
export function resolveOffsets<N>(segments: readonly Segment<N>[], start: number, end: number): DomSpan<N> | null {
  if (!(end > start)) return null;
  const i = firstEndingAfter(segments, start);
  const j = lastStartingBefore(segments, end);
  if (i >= segments.length || j < 0 || i > j) return null;
  const a = segments[i];
  const b = segments[j];
  const startOffset = Math.max(0, start - a.start);
  const endOffset = Math.min(b.end, end) - b.start;
  return { startNode: a.node, startOffset, endNode: b.node, endOffset };
}

/** Index of the segment containing text offset `offset` (start inclusive, end exclusive), or -1. */
export function segmentAt<N>(segments: readonly Segment<N>[], offset: number): number {
  const i = firstEndingAfter(segments, offset);
  return i < segments.length && segments[i].start <= offset ? i : -1;
}

/**
 * A StaticRange for [start, end), or null. Highlights use these: a live Range is updated by the
 * document on every DOM mutation, so 100 000 live ranges would tax every change the page makes.
 */
export function offsetsToStaticRange(segments: readonly Segment<Text>[], start: number, end: number): StaticRange | null {
  const span = resolveOffsets(segments, start, end);
  if (!span) return null;
  try {
    return new StaticRange({
      startContainer: span.startNode,
      startOffset: Math.min(span.startOffset, span.startNode.length),
      endContainer: span.endNode,
      endOffset: Math.min(span.endOffset, span.endNode.length),
    });
  } catch {
    return null;
  }
}

/** A live Range over a static one (for geometry, selection, scrolling), or null if it no longer fits the DOM. */
export function liveRange(range: AbstractRange): Range | null {
  try {
    const live = range.startContainer.ownerDocument!.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.collapsed ? null : live;
  } catch {
    return null;
  }
}

/** Text offset of a DOM point (from caretPositionFromPoint) given a node → segment index map. */
export function pointToOffset(
  segments: readonly Segment<Text>[],
  index: ReadonlyMap<Node, number>,
  node: Node,
  offset: number,
): number | null {
  const i = index.get(node);
  if (i === undefined) return null;
  const seg = segments[i];
  return seg.start + Math.min(Math.max(0, offset), seg.end - seg.start);
}

// The part of a page that holds its notice: the nearest container (div, td, section…) around all
// of its facts. Changes outside it (a clock in the header, a news ticker) do not change what was
// analysed, so they never trigger another analysis; its text is what is compared before sending.
import type { Segment } from './offsets-to-range';
import { segmentAt } from './offsets-to-range';

/** Elements that hold a whole article; a paragraph or a table around the facts is climbed out of. */
const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'div', 'article', 'section', 'main', 'td', 'th', 'body', 'html', 'center', 'form', 'dd', 'blockquote',
]);

function commonAncestor(a: Node, b: Node): Node | null {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (above.has(n)) return n;
  return null;
}

/** The container around the text spans [start, end) (the facts), or null when none resolves. */
export function articleContainer(segments: readonly Segment<Text>[], spans: readonly { start: number; end: number }[]): Element | null {
  let common: Node | null = null;
  for (const { start, end } of spans) {
    for (const offset of [start, Math.max(start, end - 1)]) {
      const i = segmentAt(segments, offset);
      if (i < 0) continue;
      common = common ? commonAncestor(common, segments[i].node) : segments[i].node;
      if (!common) return null;
    }
  }
  let el: Node | null = common;
  while (el && !(el.nodeType === 1 && CONTAINER_TAGS.has((el as Element).localName))) el = el.parentNode;
  return el as Element | null;
}

/** The text of the segments inside `container` (they are contiguous in the flattened text). */
export function textWithin(text: string, segments: readonly Segment<Text>[], container: Node): string {
  let first = -1;
  let last = -1;
  for (let i = 0; i < segments.length; i++) {
    if (!container.contains(segments[i].node)) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? '' : text.slice(segments[first].start, segments[last].end);
}

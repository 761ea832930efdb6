// Hover card: which fact is under the mouse. mousemove is coalesced to one lookup per frame;
// the caret position under the pointer gives (text node, offset) → text offset (segments) →
// the fact containing it (binary search) → confirmed against the fact's client rects.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Fact } from '../../lib/contract';
import { liveRange, pointToOffset, type Segment } from '../../lib/dom/offsets-to-range';
import { factIndexAt } from './fact-card-model';

export interface HoverTarget {
  segments: Segment<Text>[];
  sorted: Fact[];
  order: number[];
  resolved: { factRanges: (StaticRange | null)[] };
}

export interface HoverHooks {
  active(): HoverTarget | null;
  isOurs(node: Node): boolean;
  show(sortedIndex: number, rect: DOMRect): void;
  hide(): void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function within(rects: DOMRectList, x: number, y: number): DOMRect | null {
  for (const r of Array.from(rects)) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  return null;
}

export function attachHover(ctx: ContentScriptContext, doc: Document, hooks: HoverHooks): void {
  let index: Map<Node, number> | null = null;
  let indexed: Segment<Text>[] | null = null;
  let pending = false;
  let x = 0;
  let y = 0;
  let shown = -1;

  const lookup = () => {
    pending = false;
    const target = hooks.active();
    if (!target) return hide();
    const caret = caretAt(doc as CaretDoc, x, y);
    if (!caret || hooks.isOurs(caret.node)) return;
    if (indexed !== target.segments) {
      // Built on the first hover after each flatten, not on every page.
      index = new Map(target.segments.map((s, i) => [s.node as Node, i]));
      indexed = target.segments;
    }
    const offset = pointToOffset(target.segments, index!, caret.node, caret.offset);
    const i = offset === null ? -1 : factIndexAt(target.sorted, offset);
    const stored = i < 0 ? null : target.resolved.factRanges[target.order[i]];
    const range = stored && liveRange(stored);
    const rect = range ? within(range.getClientRects(), x, y) : null;
    if (!rect || !range) return hide();
    if (shown !== i) hooks.show(i, range.getBoundingClientRect());
    shown = i;
  };
  const hide = () => {
    if (shown >= 0) hooks.hide();
    shown = -1;
  };

  ctx.addEventListener(
    doc,
    'mousemove',
    (event: MouseEvent) => {
      x = event.clientX;
      y = event.clientY;
      if (pending) return;
      pending = true;
      ctx.requestAnimationFrame(() => {
        try {
          lookup();
        } catch {
          pending = false;
        }
      });
    },
    { passive: true },
  );
  // The card is fixed-positioned: it would float away from its fact on scroll.
  ctx.addEventListener(doc, 'scroll', hide, { passive: true, capture: true });
}

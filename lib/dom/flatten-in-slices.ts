// flattenText for pages of any size. Ordinary pages are flattened in one pass. A huge DOM is
// cut into units (the body's children, opening wrappers too big for one slice) flattened one by
// one, yielding whenever a slice has run SLICE_MS; the units are joined by '\n' — exactly what
// flattenText writes between blocks, and what such top-level units nearly always are.
import { BLOCK_TAGS, SKIPPED_TAGS } from './element-kinds';
import { flattenText, type FlatText, type FlattenOptions, type TextSegment } from './flatten-text';
import { hiddenByMarkup } from './hidden-markup';

/** Elements in the root above which the page is flattened in slices. */
export const SLICE_ELEMENTS = 3_000;
/** A unit holding more elements than this is opened into its children. */
const ELEMENTS_PER_UNIT = 600;
/** Work per slice before yielding (a DOM walk in an isolated world costs ~20 µs per element). */
const SLICE_MS = 10;

function countElements(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  // The live collection's length allocates nothing; linkedom lacks '*' there, hence the fallback.
  const n = el.getElementsByTagName('*').length || (el.firstElementChild ? el.querySelectorAll('*').length : 0);
  return n + 1;
}

/** Whether `el` has more than `max` descendant elements, walking at most max + 1 of them. */
function moreElementsThan(el: Element, max: number): boolean {
  let seen = 0;
  let node: Element | null = el.firstElementChild;
  while (node) {
    if (++seen > max) return true;
    if (node.firstElementChild) node = node.firstElementChild;
    else {
      while (node && !node.nextElementSibling) {
        node = node.parentElement;
        if (node === el) return false;
      }
      node = node?.nextElementSibling ?? null;
    }
  }
  return false;
}

function skipped(el: Element, options: FlattenOptions): boolean {
  const tag = el.localName || el.tagName.toLowerCase();
  return SKIPPED_TAGS.has(tag) || hiddenByMarkup(el) || !!options.isHidden?.(el);
}

/**
 * Top-level units: children of root, opening any unit too big for one slice (it is a wrapper).
 * A generator, so that finding the units of a huge DOM is itself spread over the slices.
 */
export function* sliceUnits(root: Node, options: FlattenOptions = {}, max = ELEMENTS_PER_UNIT): Generator<Node> {
  // The next sibling to visit at each open level (an explicit stack: deep wrappers cannot overflow).
  const stack: Array<Node | null> = [root.firstChild];
  while (stack.length) {
    const c = stack[stack.length - 1];
    if (!c) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = c.nextSibling;
    if (c.nodeType === 3) yield c;
    else if (c.nodeType === 1 && !skipped(c as Element, options)) {
      const tag = (c as Element).localName;
      if (c.firstChild && (BLOCK_TAGS.has(tag) || tag === 'span' || tag === 'font') && moreElementsThan(c as Element, max - 1)) stack.push(c.firstChild);
      else yield c;
    }
  }
}

export async function flattenInSlices(
  root: Node,
  options: FlattenOptions & { pause?: () => Promise<void>; threshold?: number } = {},
): Promise<FlatText> {
  if (countElements(root) <= (options.threshold ?? SLICE_ELEMENTS)) return flattenText(root, options);
  const pause = options.pause ?? (() => Promise.resolve());
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '';
  const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
  let sliceStart = now();
  for (const unit of sliceUnits(root, options)) {
    if (now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = now();
    }
    // flattenText(unit) reads the unit's contents; the unit itself was vetted by sliceUnits.
    const flat = flattenText(unit, options);
    if (!flat.text) continue;
    if (length > 0 && last !== '\n' && flat.text[0] !== '\n') {
      parts.push('\n');
      length += 1;
    }
    parts.push(flat.text);
    for (const s of flat.segments) segments.push({ node: s.node, start: s.start + length, end: s.end + length });
    length += flat.text.length;
    last = flat.text[flat.text.length - 1];
  }
  return { text: parts.join(''), segments };
}

// flattenText for pages of any size. Ordinary pages are flattened in one pass. A huge DOM is
// cut into top-level units (the body's children, opening single wrappers that hold most of the
// page) flattened one by one with a yield between slices, the units joined by '\n' — exactly
// what flattenText writes between blocks, and what these top-level units nearly always are.
import { BLOCK_TAGS, SKIPPED_TAGS, isEditable } from './element-kinds';
import { flattenText, type FlatText, type FlattenOptions, type TextSegment } from './flatten-text';

/** Elements in the root above which the page is flattened in slices. */
export const SLICE_ELEMENTS = 15_000;
/** Elements per slice (roughly; a unit is never split). */
const ELEMENTS_PER_SLICE = 4_000;

function countElements(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  // The live collection's length allocates nothing; linkedom lacks '*' there, hence the fallback.
  const n = el.getElementsByTagName('*').length || (el.firstElementChild ? el.querySelectorAll('*').length : 0);
  return n + 1;
}

function skipped(el: Element, options: FlattenOptions): boolean {
  const tag = el.localName || el.tagName.toLowerCase();
  return (
    SKIPPED_TAGS.has(tag) ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-rectify-lens') ||
    isEditable(el) ||
    !!options.isHidden?.(el)
  );
}

/** Top-level units: children of root, opening any unit too big for one slice (it is a wrapper). */
export function sliceUnits(root: Node, options: FlattenOptions = {}, max = ELEMENTS_PER_SLICE): Node[] {
  const units: Node[] = [];
  const visit = (parent: Node) => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) units.push(c);
      else if (c.nodeType === 1 && !skipped(c as Element, options)) {
        const tag = (c as Element).localName;
        if (countElements(c) > max && c.firstChild && (BLOCK_TAGS.has(tag) || tag === 'span' || tag === 'font')) visit(c);
        else units.push(c);
      }
    }
  };
  visit(root);
  return units;
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
  let budget = 0;
  for (const unit of sliceUnits(root, options)) {
    if (budget > ELEMENTS_PER_SLICE) {
      await pause();
      budget = 0;
    }
    budget += countElements(unit) + 1;
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

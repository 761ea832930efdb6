// Whether a reader can see the text directly inside an element, judged from its computed style
// and box and those of its ancestors. The styles and boxes come from a LayoutSource (on a live
// page getComputedStyle/getBoundingClientRect, in tests a fake), so the rules stay testable.
// Each element's style is read at most once per walk (the answers for ancestors are memoised): a
// page pays one style and one box read per element holding text, one style read per ancestor.
import { clippedAway, hiddenByDisplay, hiddenByStyle, lengthPx, parseColor, sameColour, type Rgba, type StyleValues } from './style-rules';

export interface BoxLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface ComputedValues extends StyleValues {
  overflow?: string;
  textIndent?: string;
  textShadow?: string;
  backgroundColor?: string;
  backgroundImage?: string;
}

export interface LayoutSource {
  /** The element's computed style; may be live (a CSSStyleDeclaration): values are read lazily. */
  style(el: Element): ComputedValues;
  /**
   * Element.checkVisibility({ opacityProperty, visibilityProperty }) where the browser has it:
   * false under display:none, visibility:hidden or opacity:0 on the element or any ancestor, in
   * one native call (then those are not read from styles).
   */
  visible?(el: Element): boolean;
  box(el: Element): BoxLike;
  /** How far the document is scrolled: a box left of or above the page's origin can never be seen. */
  scroll(): { x: number; y: number };
}

interface Ancestry {
  /** This element or an ancestor hides its whole subtree (display:none, opacity 0, clipped away). */
  hides: boolean;
  /** The colour painted behind this element's content; null when an image may be behind it. */
  background: Rgba | null;
}

/** The page's canvas where no element paints a background. */
const CANVAS: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const CLIPS = /^(hidden|clip)\b/;

/** `box` is read only when the element clips its overflow (most do not: no layout read). */
function clipsToNothing(style: ComputedValues, box: () => BoxLike): boolean {
  if (style.display === 'contents' || !CLIPS.test(style.overflow ?? '')) return false;
  const { width, height } = box();
  return width <= 1 || height <= 1;
}

/** The rules that hide a subtree whatever its descendants declare (font size, colour and
 *  visibility are inherited but a descendant may set them back, so they are judged per element). */
function hidesSubtree(style: ComputedValues, box: () => BoxLike, displayChecked: boolean): boolean {
  if (!displayChecked && (style.display === 'none' || hiddenByDisplay({ opacity: style.opacity }))) return true;
  return clippedAway(style) || clipsToNothing(style, box);
}

export function textVisibility(source: LayoutSource): (el: Element) => boolean {
  // Only the small per-element answers are kept: holding 100,000 live style declarations until
  // the walk ends cost the page a long garbage-collection pause afterwards.
  const ancestry = new Map<Element, Ancestry>();

  /** `own`: el's style, already read by the caller. */
  const ancestryOf = (el: Element, own: ComputedValues): Ancestry => {
    // Climb to the nearest memoised ancestor, then fill in downwards (no recursion on deep pages).
    const chain: Element[] = [];
    let at: Element | null = el;
    let above: Ancestry | null = null;
    while (at) {
      const known = ancestry.get(at);
      if (known) {
        above = known;
        break;
      }
      chain.push(at);
      at = at.parentElement;
    }
    let info = above ?? { hides: false, background: CANVAS };
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      const style = node === el ? own : source.style(node);
      const hides = info.hides || hidesSubtree(style, () => source.box(node), !!source.visible);
      let background = info.background;
      if (style.backgroundImage && style.backgroundImage !== 'none') background = null;
      else {
        const own = parseColor(style.backgroundColor);
        if (own && own.a > 0.5) background = own;
      }
      info = { hides, background };
      ancestry.set(node, info);
    }
    return info;
  };

  return (el: Element): boolean => {
    if (source.visible && !source.visible(el)) return true;
    const style = source.style(el);
    if (hiddenByStyle(style, !!source.visible)) return true;
    const info = ancestryOf(el, style);
    if (info.hides) return true;
    if (style.display !== 'contents') {
      const box = source.box(el);
      const { x, y } = source.scroll();
      if (box.right + x <= 0 || box.bottom + y <= 0) return true; // off the page to the left or top
      const indent = lengthPx(style.textIndent);
      if (indent !== null && indent < 0 && !(style.display ?? 'inline').startsWith('inline') && box.left + x + indent + box.width <= 0) return true;
    }
    const colour = parseColor(style.color);
    const shadowed = !!style.textShadow && style.textShadow !== 'none';
    return !!colour && !!info.background && !shadowed && sameColour(colour, info.background);
  };
}

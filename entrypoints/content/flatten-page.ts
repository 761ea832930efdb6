// The page's text as the extractor sees it: only what a reader can see (lib/dom/text-visibility
// judges each text-carrying element by its computed style and box), flattened in slices on huge
// pages. Styles and boxes are read once per element per flattening.
import { flattenInSlices } from '../../lib/dom/flatten-in-slices';
import type { FlatText } from '../../lib/dom/flatten-text';
import { textVisibility, type ComputedValues, type LayoutSource } from '../../lib/dom/text-visibility';

function layoutOf(view: Window): LayoutSource {
  return {
    style(el) {
      const s = view.getComputedStyle(el);
      // Copied out: a CSSStyleDeclaration is live, and each read crosses into the renderer.
      const values: ComputedValues = {
        display: s.display,
        visibility: s.visibility,
        opacity: s.opacity,
        fontSize: s.fontSize,
        color: s.color,
        clip: s.clip,
        clipPath: s.clipPath,
        position: s.position,
        overflow: s.overflow,
        textIndent: s.textIndent,
        textShadow: s.textShadow,
        backgroundColor: s.backgroundColor,
        backgroundImage: s.backgroundImage,
      };
      return values;
    },
    box: (el) => el.getBoundingClientRect(),
    scroll: () => ({ x: view.scrollX, y: view.scrollY }),
  };
}

export function flattenPage(doc: Document, pause: () => Promise<void>): Promise<FlatText> {
  const root = doc.body ?? doc.documentElement;
  const view = doc.defaultView;
  return flattenInSlices(root, { isTextHidden: view ? textVisibility(layoutOf(view)) : undefined, pause });
}

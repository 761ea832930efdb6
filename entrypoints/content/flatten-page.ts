// The page's text as the extractor sees it: only what a reader can see (lib/dom/text-visibility
// judges each text-carrying element by its computed style and box), flattened in slices on huge
// pages. Each element's style and box are read at most once per flattening.
import { flattenInSlices } from '../../lib/dom/flatten-in-slices';
import type { FlatText } from '../../lib/dom/flatten-text';
import { textVisibility, type ComputedValues, type LayoutSource } from '../../lib/dom/text-visibility';

type Visibility = Element & { checkVisibility?(options: { opacityProperty: boolean; visibilityProperty: boolean }): boolean };
const CHECK = { opacityProperty: true, visibilityProperty: true };

function layoutOf(view: Window, doc: Document): LayoutSource {
  const native = typeof (doc.documentElement as Visibility).checkVisibility === 'function';
  return {
    // Live declarations: each value is read only when a rule gets to it (a read costs ~1 µs).
    style: (el) => view.getComputedStyle(el) as unknown as ComputedValues,
    visible: native ? (el) => (el as Visibility).checkVisibility!(CHECK) : undefined,
    box: (el) => el.getBoundingClientRect(),
    scroll: () => ({ x: view.scrollX, y: view.scrollY }),
  };
}

export function flattenPage(doc: Document, pause: () => Promise<void>): Promise<FlatText> {
  const root = doc.body ?? doc.documentElement;
  const view = doc.defaultView;
  return flattenInSlices(root, { isTextHidden: view ? textVisibility(layoutOf(view, doc)) : undefined, pause });
}

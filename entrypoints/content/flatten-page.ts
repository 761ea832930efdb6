// The page's text as the extractor sees it: rendered text only (display:none and
// visibility:hidden subtrees are skipped), flattened in slices on huge pages.
import { flattenInSlices } from '../../lib/dom/flatten-in-slices';
import type { FlatText } from '../../lib/dom/flatten-text';

function isHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

export function flattenPage(doc: Document, pause: () => Promise<void>): Promise<FlatText> {
  const root = doc.body ?? doc.documentElement;
  return flattenInSlices(root, { isHidden, pause });
}

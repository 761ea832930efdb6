// Elements whose text the flattening skips from their markup alone (attributes and inline style):
// all the command-line path (linkedom, no layout) can know, and a cheap first test on a live page.
import { isEditable } from './element-kinds';
import { hiddenByInlineStyle } from './style-rules';

/** Hidden, aria-hidden chrome, editable, our own UI, or hidden by its inline style. */
export function hiddenByMarkup(el: Element): boolean {
  // Most elements carry no attributes: one cheap call for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-rectify-lens') || isEditable(el)) return true;
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && hiddenByInlineStyle(style);
}

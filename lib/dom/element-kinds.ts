// Which elements flattenText reads, separates or skips. Tag names are lower case (localName).

/** Never visible as page text, or not page text at all (frames get their own content script). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select',
  'option', 'datalist', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'canvas',
  'video', 'audio', 'img', 'picture',
]);

/** Elements that start and end a line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'dl', 'dt',
  'dd', 'blockquote', 'pre', 'hr', 'form', 'fieldset', 'legend', 'nav', 'aside', 'main',
  'figure', 'figcaption', 'address', 'center', 'details', 'summary', 'dialog', 'menu',
  'hgroup', 'search', 'body', 'html', 'listing', 'xmp', 'plaintext',
]);

/** Table cells: separated by a tab within their row. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Whitespace inside these is content (kept even when it is all the node holds). */
export const PRE_TAGS: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** A region the user is typing into: its text is theirs, not the page's. */
export function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

// Flattens a DOM subtree into one string plus the text nodes' spans in it, so the extractor's
// offsets map back to live nodes (lib/dom/offsets-to-range.ts). Shared by the content script
// (browser DOM) and the command-line extractor (linkedom), so it reads only the DOM basics both
// implement: nodeType, firstChild/nextSibling/parentNode, localName, getAttribute, nodeValue.
// Text node contents are never altered: separators live in the gaps between segments.
import { BLOCK_TAGS, CELL_TAGS, PRE_TAGS, SKIPPED_TAGS, isEditable } from './element-kinds';

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface FlattenOptions {
  /** Extra visibility test (e.g. getComputedStyle in the browser); true skips the subtree. */
  isHidden?: (el: Element) => boolean;
}

export interface FlatText {
  text: string;
  segments: TextSegment[];
}

const ELEMENT = 1;
const TEXT = 3;
// Break strengths: a stronger pending break absorbs a weaker one.
const NONE = 0;
const CELL = 1;
const LINE = 2;
const NOT_WHITESPACE = /[^ \t\n\r\f]/;

function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

function isSkipped(el: Element, tag: string, isHidden?: (el: Element) => boolean): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-rectify-lens')) return true;
  if (isEditable(el)) return true;
  return isHidden ? isHidden(el) : false;
}

export function flattenText(root: Node, options: FlattenOptions = {}): FlatText {
  const { isHidden } = options;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  let pending = NONE;
  let preDepth = 0;
  // Whitespace-only nodes are held back: between two blocks they are source indentation the
  // browser never renders; between two inline runs (<b>3</b> <i>人</i>) they are real spaces.
  let heldWhitespace: Text[] = [];

  const push = (node: Text, value: string): void => {
    parts.push(value);
    segments.push({ node, start: length, end: length + value.length });
    length += value.length;
    lastChar = value[value.length - 1];
  };

  const requestBreak = (strength: number): void => {
    heldWhitespace = [];
    if (strength > pending) pending = strength;
  };

  const onText = (node: Text): void => {
    const value = node.nodeValue;
    if (!value) return;
    if (preDepth === 0 && !NOT_WHITESPACE.test(value)) {
      if (pending === NONE && length > 0) heldWhitespace.push(node);
      return;
    }
    if (pending !== NONE) {
      if (length > 0 && lastChar !== '\n') {
        const sep = pending === LINE ? '\n' : '\t';
        if (sep === '\n' || lastChar !== '\t') {
          parts.push(sep);
          length += 1;
          lastChar = sep;
        }
      }
      pending = NONE;
    }
    for (const ws of heldWhitespace) push(ws, ws.nodeValue!);
    heldWhitespace = [];
    push(node, value);
  };

  // Returns true when the element's children should be visited.
  const enter = (el: Element): boolean => {
    const tag = tagOf(el);
    if (isSkipped(el, tag, isHidden)) return false;
    if (BLOCK_TAGS.has(tag)) requestBreak(LINE);
    else if (CELL_TAGS.has(tag)) requestBreak(CELL);
    if (PRE_TAGS.has(tag)) preDepth++;
    return true;
  };

  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) requestBreak(LINE);
    else if (CELL_TAGS.has(tag)) requestBreak(CELL);
    if (PRE_TAGS.has(tag)) preDepth--;
  };

  if (root.nodeType === TEXT) {
    onText(root as Text);
    return { text: parts.join(''), segments };
  }

  // A <pre> root (e.g. one slice of flattenInSlices) keeps its whitespace like a nested one.
  if (root.nodeType === ELEMENT && PRE_TAGS.has(tagOf(root as Element))) preDepth = 1;

  // Iterative pre-order walk (deep pages would overflow a recursive one); leaving an element
  // happens when the walk climbs back through it.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT) onText(node as Text);
    else if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (enter(el)) {
        if (el.firstChild) descend = true;
        else leave(el);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) {
        node = null;
        break;
      }
      leave(parent as Element);
      node = parent;
    }
  }
  return { text: parts.join(''), segments };
}

/**
 * The flattened text of a whole HTML document. Walks the root element (head is skipped) rather
 * than body: linkedom leaves content outside body when a page omits its <body> tag.
 */
export function textOfHtmlDocument(doc: Document): string {
  const root = doc.documentElement ?? doc.body;
  return root ? flattenText(root).text : '';
}

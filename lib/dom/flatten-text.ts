// Flattens a DOM subtree into one string plus the text nodes' spans in it, so the extractor's
// offsets map back to live nodes (lib/dom/offsets-to-range.ts). Shared by the content script
// (browser DOM) and the command-line extractor (linkedom), so it reads only the DOM basics both
// implement: nodeType, firstChild/nextSibling/parentNode, localName, getAttribute, nodeValue.
// Text node contents are never altered: separators live in the gaps between segments.
import { BLOCK_TAGS, CELL_TAGS, PRE_TAGS, SKIPPED_TAGS } from './element-kinds';
import { hiddenByMarkup } from './hidden-markup';

export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface FlattenOptions {
  /** Extra visibility test of an element; true skips its subtree. */
  isHidden?: (el: Element) => boolean;
  /**
   * Whether the text directly inside `el` is unseeable (on a live page: computed style and box).
   * Asked only for elements that hold non-whitespace text, once per run of their text nodes, so
   * a page pays for styles of its text-carrying elements only.
   */
  isTextHidden?: (el: Element) => boolean;
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

// One lookup per element: what its tag means to the walk (bit flags).
const K_BLOCK = 1;
const K_CELL = 2;
const K_PRE = 4;
const K_SKIP = 8;
const KIND = new Map<string, number>();
for (const t of BLOCK_TAGS) KIND.set(t, K_BLOCK);
for (const t of CELL_TAGS) KIND.set(t, K_CELL);
for (const t of PRE_TAGS) KIND.set(t, (KIND.get(t) ?? 0) | K_PRE);
for (const t of SKIPPED_TAGS) KIND.set(t, K_SKIP);

function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

export function flattenText(root: Node, options: FlattenOptions = {}): FlatText {
  const { isHidden, isTextHidden } = options;
  // The last element asked about (text nodes of one element come in runs).
  let askedFor: Node | null = null;
  let askedHidden = false;
  const textHidden = (node: Text): boolean => {
    const parent = node.parentNode;
    if (!isTextHidden || !parent || parent.nodeType !== ELEMENT) return false;
    if (parent !== askedFor) {
      askedFor = parent;
      askedHidden = isTextHidden(parent as Element);
    }
    return askedHidden;
  };
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

  const requestBreak = (kind: number): void => {
    const strength = kind & K_BLOCK ? LINE : kind & K_CELL ? CELL : NONE;
    if (strength === NONE) return;
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
    if (textHidden(node)) return;
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
    if (heldWhitespace.length) {
      for (const ws of heldWhitespace) push(ws, ws.nodeValue!);
      heldWhitespace = [];
    }
    push(node, value);
  };

  const leave = (kind: number): void => {
    requestBreak(kind);
    if (kind & K_PRE) preDepth--;
  };

  if (root.nodeType === TEXT) {
    onText(root as Text);
    return { text: parts.join(''), segments };
  }

  // A <pre> root (e.g. one slice of flattenInSlices) keeps its whitespace like a nested one.
  if (root.nodeType === ELEMENT && (KIND.get(tagOf(root as Element)) ?? 0) & K_PRE) preDepth = 1;

  // Iterative pre-order walk (deep pages would overflow a recursive one). `open` holds the kind
  // of each element descended into; it is left when the walk climbs back through it.
  const open: number[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT) onText(node as Text);
    else if (type === ELEMENT) {
      const el = node as Element;
      const kind = KIND.get(tagOf(el)) ?? 0;
      if (!(kind & K_SKIP) && !hiddenByMarkup(el) && !(isHidden && isHidden(el))) {
        requestBreak(kind);
        if (kind & K_PRE) preDepth++;
        const child: Node | null = el.firstChild;
        if (child) {
          open.push(kind);
          node = child;
          continue;
        }
        leave(kind);
      }
    }
    while (node) {
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root || open.length === 0) {
        node = null;
        break;
      }
      leave(open.pop()!);
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

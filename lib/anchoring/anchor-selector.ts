// Finding a saved fact again in a page's (new) flattened text, from its text-quote selector, in
// the order Hypothesis's anchoring tries: (1) the stored position, when the text there is still
// the quote with its context; (2) the quote itself, the occurrence whose context agrees best;
// (3) fuzzy: the quote and its context compared without whitespace (re-wrapped lines, blocks
// joined or split), then a bounded approximate search for small edits. A quote found with too
// little of its context around it is not believed: short quotes ("3人") recur, and a fact whose
// sentence was removed must come back as null, not as another sentence's "3人".
import type { TextQuoteSelector } from '../messages';
import { approximateEnds, matchStart } from './approximate-match';
import { contextScore, occurrencesNear } from './text-quote';
import { originalSpan, squeeze, stripWhitespace, strippedOffset, type Stripped } from './whitespace-index';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Occurrences examined when the quote is very common; the nearest to the old position first. */
const MAX_CANDIDATES = 2000;
/** Errors allowed by the approximate search: one per this many characters of the quote. */
const CHARS_PER_ERROR = 5;
/** The approximate search looks this far (stripped characters) either side of the old position:
 *  ~30 M characters a second, and the revisit runs it on the page's main thread. */
const FUZZY_WINDOW = 32_000;
/** Context characters (without whitespace) that must agree, at most. */
const MAX_CONTEXT_NEEDED = 8;

export interface Anchorer {
  anchor(selector: TextQuoteSelector): Anchored | null;
}

/** An anchorer over one text: the whitespace-free copy is built once, on first need. */
export function createAnchorer(text: string): Anchorer {
  let stripped: Stripped | null = null;
  const strip = () => (stripped ??= stripWhitespace(text));
  return { anchor: (selector) => anchorIn(text, strip, selector) };
}

export function anchorSelector(text: string, selector: TextQuoteSelector): Anchored | null {
  return createAnchorer(text).anchor(selector);
}

function anchorIn(text: string, strip: () => Stripped, selector: TextQuoteSelector): Anchored | null {
  const { exact, prefix, suffix, start } = selector;
  if (!exact) return null;
  // (1) Nothing moved.
  if (text.startsWith(exact, start) && text.endsWith(prefix, start) && text.startsWith(suffix, start + exact.length)) {
    return { start, end: start + exact.length, method: 'position' };
  }
  const s = strip();
  const quote = squeeze(exact);
  if (!quote) return null;
  const before = squeeze(prefix);
  const after = squeeze(suffix);
  const hint = strippedOffset(s, start);
  const needed = before.length + after.length === 0 ? 0 : Math.min(MAX_CONTEXT_NEEDED, Math.ceil((before.length + after.length) / 4));
  const method = (span: { start: number; end: number }): AnchorMethod =>
    text.slice(span.start, span.end) !== exact ? 'fuzzy' : span.start === start ? 'position' : 'quote';

  // (2) and the whitespace-free half of (3): exact occurrences of the squeezed quote.
  let best: { at: number; end: number; score: number } | null = null;
  let seen = 0;
  for (const at of occurrencesNear(s.text, quote, hint)) {
    const agree = contextScore(s.text, at, at + quote.length, before, after);
    const score = agree - Math.abs(at - hint) / (s.text.length + 1);
    if (agree >= needed && (!best || score > best.score)) best = { at, end: at + quote.length, score };
    if (++seen >= MAX_CANDIDATES) break;
  }
  if (best) {
    const span = originalSpan(s, best.at, best.end);
    return { ...span, method: method(span) };
  }

  // (3) Small edits: approximate matches, ranked by context, then errors, then distance.
  const k = Math.floor(quote.length / CHARS_PER_ERROR);
  if (k === 0) return null;
  let fuzzy: { start: number; end: number; rank: number } | null = null;
  const lo = Math.max(0, hint - FUZZY_WINDOW);
  const ends = approximateEnds(s.text.slice(lo, hint + FUZZY_WINDOW + quote.length), quote, k);
  for (const { end: windowEnd } of ends.slice(0, MAX_CANDIDATES)) {
    const end = lo + windowEnd;
    const m = matchStart(s.text, quote, end, k);
    if (m.errors > k || m.end <= m.start) continue;
    const agree = contextScore(s.text, m.start, m.end, before, after);
    if (agree < needed) continue;
    const rank = agree - 2 * m.errors - Math.abs(m.start - hint) / (s.text.length + 1);
    if (!fuzzy || rank > fuzzy.rank) fuzzy = { start: m.start, end: m.end, rank };
  }
  if (!fuzzy) return null;
  return { ...originalSpan(s, fuzzy.start, fuzzy.end), method: 'fuzzy' };
}

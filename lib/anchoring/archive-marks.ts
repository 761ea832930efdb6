// Facts in a notice's archived text: where each one's words are, the runs of text the page
// renders (each run covered by the same facts, so overlapping facts need no nested marks), and
// a researcher's selection as a text-quote selector for a fact they add.
import type { TextQuoteSelector } from '../messages';
import { anchorQuote, describeQuote } from './text-quote';

export interface FactPlace {
  /** The fact's key in the page (its row id, or its correction's id for an added fact). */
  key: string;
  start: number;
  end: number;
}

/**
 * Where a fact's quote is in `text`: its own offsets when the text there is its quote (the
 * archive is the text it was extracted from), else re-anchored by its selector (an archive of
 * another version of the page); null when the quote is not in the text at all.
 */
export function placeQuote(text: string, quote: string, start: number, end: number, selector?: TextQuoteSelector): { start: number; end: number } | null {
  if (!quote) return null;
  if (text.slice(start, end) === quote) return { start, end };
  return anchorQuote(text, { exact: quote, prefix: selector?.prefix ?? '', suffix: selector?.suffix ?? '', start, end });
}

export interface TextRun {
  start: number;
  end: number;
  /** Keys of the facts covering this run, in the order given; empty for plain text. */
  keys: string[];
}

/** Splits [0, length) at every fact boundary; runs are contiguous, non-empty and in order.
 *  One sweep over the boundaries, so a long archive with thousands of facts stays fast. */
export function textRuns(length: number, places: readonly FactPlace[]): TextRun[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  // Boundary events: +i opens place i at a position, -(i+1) closes it.
  const events: Array<[number, number]> = [];
  places.forEach((p, i) => {
    const [start, end] = [clamp(p.start), clamp(p.end)];
    if (end > start) events.push([start, i], [end, -(i + 1)]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const runs: TextRun[] = [];
  const active = new Set<number>();
  let at = 0;
  let e = 0;
  while (at < length) {
    while (e < events.length && events[e][0] === at) {
      const [, ev] = events[e++];
      if (ev >= 0) active.add(ev);
      else active.delete(-ev - 1);
    }
    const next = e < events.length ? events[e][0] : length;
    runs.push({ start: at, end: next, keys: [...active].sort((a, b) => a - b).map((i) => places[i].key) });
    at = next;
  }
  return runs;
}

/** What a selection is trimmed of at both ends: white space and the separators between clauses
 *  (a fact's words never begin or end with them; a mouse selection often does). */
const SPACE = /[\s,，、;；:：。.!！?？]/;

/** A selection [start, end) of `text` (either order) without surrounding white space and
 *  separators, as a selector with up to 32 characters of context; null when nothing else is
 *  selected. */
export function selectionQuote(text: string, start: number, end: number): TextQuoteSelector | null {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  return e > s ? describeQuote(text, s, e) : null;
}

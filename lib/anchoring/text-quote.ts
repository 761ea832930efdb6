// Text-quote selectors (the W3C / Hypothesis model): a fact is remembered by its exact text,
// up to 32 characters on either side, and where it was. Re-anchoring prefers the occurrence
// whose context matches best and, among equals, the one nearest the old position, so a fact
// is found again after the page grew a banner or lost a paragraph.
import type { TextQuoteSelector } from '../messages';

export const CONTEXT_LENGTH = 32;
/** Occurrences examined when the quote is very common; beyond this the position hint decides. */
const MAX_CANDIDATES = 2000;

export function describeQuote(text: string, start: number, end: number): TextQuoteSelector {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
    suffix: text.slice(e, e + CONTEXT_LENGTH),
    start: s,
    end: e,
  };
}

export function anchorQuote(text: string, selector: TextQuoteSelector): { start: number; end: number } | null {
  const { exact, prefix, suffix } = selector;
  if (!exact) return null;
  const hint = selector.start;
  // Fast path: nothing moved.
  if (text.startsWith(exact, hint) && contextScore(text, hint, hint + exact.length, prefix, suffix) === prefix.length + suffix.length) {
    return { start: hint, end: hint + exact.length };
  }
  let best = -1;
  let bestScore = -Infinity;
  let seen = 0;
  // Search outward from the hint so the candidate cap keeps the nearest occurrences.
  for (const at of occurrencesNear(text, exact, hint)) {
    const distance = Math.abs(at - hint) / (text.length + 1); // in [0,1): only breaks ties
    const score = contextScore(text, at, at + exact.length, prefix, suffix) - distance;
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
    if (++seen >= MAX_CANDIDATES) break;
  }
  return best < 0 ? null : { start: best, end: best + exact.length };
}

/** Characters of prefix and suffix that agree with the text around [start, end). */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let p = 0;
  while (p < prefix.length && start - 1 - p >= 0 && text[start - 1 - p] === prefix[prefix.length - 1 - p]) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return p + s;
}

/** Occurrences of `needle`, alternating after and before `hint`, nearest first. */
export function* occurrencesNear(text: string, needle: string, hint: number): Generator<number> {
  const from = clamp(hint, 0, text.length);
  let after = text.indexOf(needle, from);
  let before = from > 0 ? text.lastIndexOf(needle, from - 1) : -1;
  while (after >= 0 || before >= 0) {
    const takeAfter = before < 0 || (after >= 0 && after - from <= from - before);
    if (takeAfter) {
      yield after;
      after = text.indexOf(needle, after + 1);
    } else {
      yield before;
      before = before > 0 ? text.lastIndexOf(needle, before - 1) : -1;
    }
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

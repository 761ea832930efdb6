// Facts of a rectification notice: sanctions, money and counts, each with its quote, parent
// links for breakdowns and the headline flag. Matching runs on the folded text; quotes and
// offsets point into the original (both have the same length).
import type { Fact, NumberMention } from '../contract';
import { linkBreakdowns } from './breakdowns';
import { extractCounts } from './counts';
import { extractHeldAccountable } from './held-accountable';
import { markHeadline } from './headline';
import { extractMoney } from './money';
import { extractOrderedReviews } from './ordered-review';
import { extractSanctions } from './sanctions';
import { extractTransferred } from './transferred';

/** Drops a fact whose span overlaps an earlier kept fact of the same code (two patterns, one phrase). */
function dedupe(facts: Fact[]): Fact[] {
  const lastEnd = new Map<string, number>();
  const out: Fact[] = [];
  for (const f of facts) {
    if ((lastEnd.get(f.code) ?? -1) > f.start) continue;
    lastEnd.set(f.code, f.end);
    out.push(f);
  }
  return out;
}

export function extractFacts(folded: string, original: string, _numbers: NumberMention[]): Fact[] {
  try {
    const text = folded.length === original.length ? folded : original;
    const all = [
      ...extractSanctions(text, original),
      ...extractOrderedReviews(text, original),
      ...extractHeldAccountable(text, original),
      ...extractMoney(text, original),
      ...extractCounts(text, original),
      ...extractTransferred(text, original),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const facts = dedupe(all);
    // 100万元以上, 50人以上: a hedge written after the unit.
    for (const f of facts) if (f.value !== null && text.startsWith('以上', f.end)) f.approx = true;
    linkBreakdowns(text, facts);
    markHeadline(text, facts);
    return facts;
  } catch {
    // Extraction must never throw: a page we cannot read yields no facts rather than an error.
    return [];
  }
}

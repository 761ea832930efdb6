// Facts of a rectification notice: sanctions, money and counts, each with its quote, parent
// links for breakdowns and the headline flag (pipeline.ts). Matching runs on the folded text;
// quotes and offsets point into the original (both have the same length).
import type { Fact, NumberMention } from '../contract';
import { toFact, type Found } from './make-fact';
import { findNumbers } from '../numbers/find-numbers';
import { runPipeline } from './pipeline';

/** The facts with the id of the rule that made each (for --explain and the rule tests). */
export function extractFoundFacts(folded: string, original: string, numbers: readonly NumberMention[]): Found[] {
  try {
    const text = folded.length === original.length ? folded : original;
    // Callers without the mentions (unit tests of single sentences) get them found here.
    return runPipeline({ text, original, numbers: numbers.length ? numbers : findNumbers(text) });
  } catch {
    // Extraction must never throw: a page we cannot read yields no facts rather than an error.
    return [];
  }
}

export function extractFacts(folded: string, original: string, numbers: readonly NumberMention[]): Fact[] {
  return extractFoundFacts(folded, original, numbers).map(toFact);
}

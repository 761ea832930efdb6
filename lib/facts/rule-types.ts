// The shapes of the fact pipeline (chrono-node's model): parsers find facts in one phrasing
// family each; refiners then drop, merge, link and mark them, in the order pipeline.ts lists.
import type { NumberMention } from '../contract';
import type { Found } from './make-fact';

export interface ParseContext {
  /** The folded text (NFKC + traditional→simplified, same length as `original`). */
  readonly text: string;
  /** The text as given: quotes are cut from it. */
  readonly original: string;
  /** Every quantity findNumbers found: the one number grammar facts agree with. */
  readonly numbers: readonly NumberMention[];
}

/** A rule a parser applies, with texts on which it must fire (tests/unit/rules-fire.test.ts). */
export interface RuleDoc {
  readonly id: string;
  readonly what: string;
  readonly examples: readonly string[];
}

export interface Parser {
  readonly id: string;
  /** Words one of which must occur for the parser to run at all (a cheap gate over the text). */
  readonly needs: RegExp;
  readonly rules: readonly RuleDoc[];
  extract(ctx: ParseContext): Found[];
}

export interface Refiner {
  readonly id: string;
  readonly what: string;
  refine(ctx: ParseContext, facts: Found[]): Found[];
}

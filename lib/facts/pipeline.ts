// The fact pipeline, in order: every parser whose needed words occur runs over the text (one
// phrasing family each), then the refiners drop, mark and link what they found. A fact keeps the
// id of the rule that made it; `extract --explain` prints it.
import type { Found } from './make-fact';
import { counts } from './parsers/counts';
import { heldAccountable } from './parsers/held-accountable';
import { money } from './parsers/money';
import { orderedReviews } from './parsers/ordered-review';
import { sanctionTerms } from './parsers/sanction-terms';
import { transferred } from './parsers/transferred';
import { breakdowns } from './refiners/breakdowns';
import { finestCount } from './refiners/finest-count';
import { headline } from './refiners/headline';
import { hedgeAfter } from './refiners/hedge-after';
import { numberAgreement } from './refiners/number-agreement';
import { overlap } from './refiners/overlap';
import type { ParseContext, Parser, Refiner } from './rule-types';

export const PARSERS: readonly Parser[] = [sanctionTerms, orderedReviews, heldAccountable, money, counts, transferred];

export const REFINERS: readonly Refiner[] = [overlap, numberAgreement, finestCount, hedgeAfter, breakdowns, headline];

export function runPipeline(ctx: ParseContext): Found[] {
  let facts: Found[] = [];
  for (const parser of PARSERS) if (parser.needs.test(ctx.text)) facts.push(...parser.extract(ctx));
  facts.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of REFINERS) facts = refiner.refine(ctx, facts);
  return facts;
}

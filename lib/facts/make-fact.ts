// Builds a fact from a code, a figure and a span; kind and label come from the lexicon. Every fact
// carries the id of the rule that made it (`rule`, internal: the contract's JSON leaves it out).
import type { Fact } from '../contract';
import { termOf, type Code } from '../lexicon';

/** A fact as the parsers and refiners pass it on: the contract's fields plus its rule id. */
export type Found = Fact & { rule: string };

export function makeFact(
  original: string,
  code: Code,
  value: number | null,
  unit: string | null,
  approx: boolean,
  start: number,
  end: number,
  rule: string,
): Found {
  const term = termOf(code);
  return {
    kind: term.kind,
    code,
    label: term.label,
    value,
    unit: value === null ? null : unit,
    approx: value === null ? false : approx,
    parent: null,
    headline: false,
    quote: original.slice(start, end),
    start,
    end,
    rule,
  };
}

/** The contract's fact, without the internal rule id. */
export function toFact({ rule: _rule, ...fact }: Found): Fact {
  return fact;
}

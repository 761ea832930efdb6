// Builds a contract Fact from a code, a figure and a span; kind and label come from the vocabulary.
import type { Fact } from '../contract';
import { termOf, type Code } from '../vocabulary';

export function makeFact(
  original: string,
  code: Code,
  value: number | null,
  unit: string | null,
  approx: boolean,
  start: number,
  end: number,
): Fact {
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
  };
}

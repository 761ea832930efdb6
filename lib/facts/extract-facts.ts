// STUB (owned by the facts helper).
import type { Fact, NumberMention } from '../contract';
export function extractFacts(_folded: string, _original: string, _numbers: NumberMention[]): Fact[] {
  return [];
}

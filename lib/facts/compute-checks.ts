// STUB (owned by the facts helper).
import type { Check, Fact } from '../contract';
export function computeChecks(_facts: Fact[]): Check[] {
  return [];
}

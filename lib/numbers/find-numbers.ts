// STUB (owned by the numbers helper).
import type { NumberMention } from '../contract';
export function findNumbers(_folded: string): NumberMention[] {
  return [];
}

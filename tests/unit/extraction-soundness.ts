// What every extraction must keep, whatever the input: the contract's shape, offsets inside the
// text, each quote exactly the slice it claims, finite values. Shared by the property and fuzz tests.
import { expect } from 'vitest';
import { extractionSchema, type Extraction } from '../../lib/contract';

export function expectSound(text: string, x: Extraction): void {
  expect(extractionSchema.parse(x)).toEqual(x);
  for (const item of [...x.facts, ...x.numbers]) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.start).toBeLessThanOrEqual(item.end);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(item.quote).toBe(text.slice(item.start, item.end));
  }
  // JSON cannot carry NaN or Infinity: the CLI would print null and break the contract.
  for (const f of x.facts) if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
  for (const n of x.numbers) expect(Number.isFinite(n.value)).toBe(true);
}

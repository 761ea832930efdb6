// One check per total that has parts: the stated figure against the sum of its parts (rule 13).
// A part belongs to the nearest earlier fact of its parent code that is not itself a part of
// that code (so 已办结63件 and 正在办理2件 both attach to 信访件65件).
import type { Check, Fact } from '../contract';

export function computeChecks(facts: Fact[]): Check[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  const sums = new Map<Fact, number>();
  sorted.forEach((part, i) => {
    if (part.parent === null || part.value === null) return;
    for (let j = i - 1; j >= 0; j--) {
      const total = sorted[j];
      if (total.code !== part.parent || total.parent === total.code) continue;
      if (total.value === null) return;
      sums.set(total, (sums.get(total) ?? 0) + part.value);
      return;
    }
  });
  return sorted
    .filter((f) => sums.has(f))
    .map((f) => {
      const sumOfParts = Math.round(sums.get(f)! * 100) / 100;
      return { code: f.code, stated: f.value!, sumOfParts, ok: sumOfParts === f.value };
    });
}

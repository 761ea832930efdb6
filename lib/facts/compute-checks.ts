// One check per total that has parts: the stated figure against the sum of its parts (rule 13).
// A part (a fact with `parent`) belongs to, in order of preference:
//  1. the nearest earlier fact of the parent code with only other parts in between
//     (党纪处分42人(党内警告28人,……), 处理21人;其中立案6人(含……1人),诫勉6人);
//  2. the first later fact of the parent code after the run of parts (党内警告3人,严重警告2人,共计党纪处分5人);
//  3. the nearest earlier fact of the parent code anywhere (移交信访件65件 … 信访件方面,已办结63件).
// A fact of the parent code that is itself a part of that code (已办结63件 under 信访件) is never a total.
import type { Check, Fact } from '../contract';

const isPartOfOwnCode = (f: Fact) => f.parent === f.code;

function totalFor(sorted: Fact[], i: number): Fact | undefined {
  const code = sorted[i].parent;
  for (let j = i - 1; j >= 0; j--) {
    const f = sorted[j];
    if (f.code === code && !isPartOfOwnCode(f)) return f;
    if (f.parent === null) break;
  }
  for (let j = i + 1; j < sorted.length; j++) {
    const f = sorted[j];
    if (f.parent !== null) continue;
    if (f.code === code) return f;
    break;
  }
  for (let j = i - 1; j >= 0; j--) {
    const f = sorted[j];
    if (f.code === code && !isPartOfOwnCode(f)) return f;
  }
  return undefined;
}

export function computeChecks(facts: Fact[]): Check[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  const sums = new Map<Fact, number>();
  sorted.forEach((part, i) => {
    if (part.parent === null || part.value === null) return;
    const total = totalFor(sorted, i);
    if (!total || total.value === null) return;
    sums.set(total, (sums.get(total) ?? 0) + part.value);
  });
  return sorted
    .filter((f) => sums.has(f))
    .map((f) => {
      const sumOfParts = Math.round(sums.get(f)! * 100) / 100;
      return { code: f.code, stated: f.value!, sumOfParts, ok: sumOfParts === f.value };
    });
}

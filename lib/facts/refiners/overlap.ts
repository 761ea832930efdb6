// Two rules, one phrase: a fact whose span overlaps an earlier kept fact of the same code is the
// same mention read twice, and is dropped (facts arrive sorted by start, longer first).
import type { Found } from '../make-fact';
import type { Refiner } from '../rule-types';

export const overlap: Refiner = {
  id: 'overlap',
  what: 'drops a fact overlapping an earlier fact of the same code',
  refine: (_ctx, facts) => {
    const lastEnd = new Map<string, number>();
    const out: Found[] = [];
    for (const f of facts) {
      if ((lastEnd.get(f.code) ?? -1) > f.start) continue;
      lastEnd.set(f.code, f.end);
      out.push(f);
    }
    return out;
  },
};

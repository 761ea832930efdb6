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

// 其中/含/包括 before the parts name some of them; 其他/其余/等 among them admit parts left uncoded.
const PARTIAL_MARK = /其中|含|包括/;
const UNCODED_PART = /其他|其余|等/;

/** Whether a breakdown whose parts sum below its total says it is partial (text between total and parts). */
function claimsPartial(text: string, total: Fact, parts: Fact[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  return PARTIAL_MARK.test(text.slice(total.end, first.start)) || UNCODED_PART.test(text.slice(first.start, Math.min(text.length, last.end + 8)));
}

/** One check per total with parts; `text` (the document) lets a partial breakdown say so. */
export function computeChecks(facts: Fact[], text?: string): Check[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start);
  const parts = new Map<Fact, Fact[]>();
  sorted.forEach((part, i) => {
    if (part.parent === null || part.value === null) return;
    const total = totalFor(sorted, i);
    if (!total || total.value === null) return;
    parts.set(total, [...(parts.get(total) ?? []), part]);
  });
  const seen = new Set<string>();
  const checks: Check[] = [];
  for (const f of sorted) {
    const own = parts.get(f);
    if (!own) continue;
    const sumOfParts = Math.round(own.reduce((sum, p) => sum + p.value!, 0) * 100) / 100;
    const ok = sumOfParts === f.value;
    // A breakdown restated (headline, then its section) is one check, not two warnings.
    const key = `${f.code}:${f.value}:${sumOfParts}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const partial = !ok && text !== undefined && sumOfParts < f.value! && claimsPartial(text, f, own);
    checks.push(partial ? { code: f.code, stated: f.value!, sumOfParts, ok, partial } : { code: f.code, stated: f.value!, sumOfParts, ok });
  }
  return checks;
}

// 责令……检查 written around its object (已经责令天地集团党委书记书面检查): the vocabulary's
// 责令检查 split by the person ordered. The unsplit forms are matched with the other terms.
import type { Fact } from '../contract';
import { APPLIED, CONDITIONAL, clauseStart } from './context';
import { makeFact } from './make-fact';
import { NUM, aliasesOf, parseNum } from './terms';

const [HEAD, TAIL] = ['责令', '检查'];
const SPLIT = new RegExp(`${HEAD}([^,。;:]{1,20}?)(?:作出|做出|进行|写出)?(?:书面|深刻)?${TAIL}`, 'g');
const WHOLE = new Set(aliasesOf('ordered_review'));
const COUNTED = new RegExp(`^(${NUM})(名|人)`);

export function extractOrderedReviews(folded: string, original: string): Fact[] {
  const facts: Fact[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(folded); m; m = SPLIT.exec(folded)) {
    if (WHOLE.has(m[0]) || /^(?:作出|做出|书面|深刻)+$/.test(m[1])) continue;
    const clause = folded.slice(clauseStart(folded, m.index), m.index);
    if (CONDITIONAL.test(clause)) continue;
    const counted = COUNTED.exec(m[1]);
    const n = counted ? parseNum(counted[1]) : null;
    if (!n && !APPLIED.test(clause + HEAD)) continue;
    const end = m.index + m[0].length;
    facts.push(makeFact(original, 'ordered_review', n?.value ?? null, n ? '人' : null, n?.approx ?? false, m.index, end));
  }
  return facts;
}

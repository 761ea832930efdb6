// 责令……检查 written around its object (已经责令天地集团党委书记书面检查): the vocabulary's
// 责令检查 split by the person ordered. The unsplit forms are matched with the other terms.
import { CONDITIONAL, clauseStart } from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { NUM, aliasesOf, parseNum } from '../patterns';

// 责成 is an order too (责成该中心主任作出书面检查).
const [HEAD, TAIL] = ['(?:责令|责成)', '检查'];
const SPLIT = new RegExp(`${HEAD}([^,。;:]{1,20}?)(?:作出|做出|进行|写出)?(?:书面|深刻)?${TAIL}`, 'g');
const WHOLE = new Set(aliasesOf('ordered_review'));
// The people or units ordered, counted (2名干部, 市直3个单位); a mixed list (4个单位及街道时任
// 分管领导) has no one figure (rule 8).
const COUNTED = new RegExp(`(${NUM})(名|人|个)`);
const MIXED_LIST = /[、及和与]/;

export function extractOrderedReviews(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(folded); m; m = SPLIT.exec(folded)) {
    if (WHOLE.has(m[0]) || /^(?:作出|做出|书面|深刻)+$/.test(m[1])) continue;
    const clause = folded.slice(clauseStart(folded, m.index), m.index);
    if (CONDITIONAL.test(clause)) continue;
    const counted = MIXED_LIST.test(m[1]) ? null : COUNTED.exec(m[1]);
    const n = counted ? parseNum(counted[1]) : null;
    // 责令 is itself the order given; only conditional or policy wording (将责令, 要求责令) is not.
    const end = m.index + m[0].length;
    const unit = counted?.[2] === '个' ? '个' : '人';
    facts.push(makeFact(original, 'ordered_review', n?.value ?? null, n ? unit : null, n?.approx ?? false, m.index, end, 'ordered-review.split'));
  }
  return facts;
}

export const orderedReviews: Parser = {
  id: 'ordered-review',
  needs: /责令|责成/,
  rules: [
    { id: 'ordered-review.split', what: '责令 + object + 检查 (责令…作出深刻检查)', examples: ['已经责令集团党委书记书面检查。', '责令2名干部作出深刻检查。', '责成该中心主任作出书面检查。'] },
  ],
  extract: ({ text, original }) => extractOrderedReviews(text, original),
};

// Money facts: a sum in 元 governed by a money verb of the vocabulary (清退, 追缴, 挽回, 罚款,
// 查冻扣 …). Sums with no such verb (投资, 营收, 兑现, 基金规模) are numbers only (rule 11).
import { inBookTitle } from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { TOTAL_LEADS } from '../../lexicon';
import { MONEY_ALIASES, NUM, alternation, parseNum } from '../patterns';

const VERB = new RegExp(alternation(MONEY_ALIASES.keys()), 'g');
const VERB_ANY = new RegExp(alternation(MONEY_ALIASES.keys()));
// The sum follows the verb within its clause, with no other sum in between.
const SUM = new RegExp(`([^,。;:!?元]{0,24}?)(${NUM})元`, 'y');
// 追回违规发放的津补贴,共计8.6万元: the sum in the next clause, led by a total word (rule 21).
const FAR_SUM = new RegExp(`([^,。;:!?元\\d]{0,24}?),(?:涉及金额|金额)?(?:${alternation(TOTAL_LEADS)})(?:金额)?(?:达)?(${NUM})元`, 'y');
/** Fiscal reallocation, not recovery (盘活收回存量资金, 收回闲置资金). */
const FISCAL = /存量|闲置|盘活|结余|沉淀/;
/** Confiscated gains (收缴违纪违法所得) are 罚没, like the 违法所得 of ANNOTATION.md A7;
 *  收缴 of anything else (违纪款, 违规资金) is a recovery. */
const CONFISCATED_GAINS = /所得/;
/** Per-person or per-unit rates are not totals (每人500元). */
const RATE = /(?:每人|每名|每户|每家|每次|每月|人均|标准为?)$/;

export function extractMoney(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(folded); m; m = VERB.exec(folded)) {
    const end = m.index + m[0].length;
    if (inBookTitle(folded, m.index)) continue;
    SUM.lastIndex = end;
    FAR_SUM.lastIndex = end;
    const s = SUM.exec(folded) ?? FAR_SUM.exec(folded);
    if (!s || RATE.test(s[1]) || FISCAL.test(folded.slice(Math.max(0, m.index - 4), m.index) + s[1])) continue;
    const n = parseNum(s[2]);
    if (!n) continue;
    const code = m[0] === '收缴' && CONFISCATED_GAINS.test(s[1]) ? 'money_fined' : MONEY_ALIASES.get(m[0])!;
    const stop = end + s[0].length;
    facts.push(makeFact(original, code, n.value, '元', n.approx, m.index, stop, 'money.verb-sum'));
    VERB.lastIndex = stop;
  }
  return facts;
}

export const money: Parser = {
  id: 'money',
  needs: VERB_ANY,
  rules: [
    {
      id: 'money.verb-sum',
      what: 'a money verb and the sum in 元 it governs, in its clause or the next one led by 共计 (清退款项185.82万元)',
      examples: ['清退款项185.82万元。', '追缴违纪资金3100余万元。', '追回违规发放的津补贴，共计8.6万元。'],
    },
  ],
  extract: ({ text, original }) => extractMoney(text, original),
};

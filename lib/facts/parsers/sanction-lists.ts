// A term that governs a list of parallel objects: 立案涉黑涉恶腐败案件2件2人,保护伞案件2件2人,
// 其他失职失责案件1件1人 — each item shares the governing object's head noun (案件) and its code.
// Items whose head differs (涉及处级干部10人) are rank breakdowns, not sanctions.
import type { Code } from '../../lexicon';
import { makeFact, type Found } from '../make-fact';
import type { Figure } from './sanction-figure';
import { NUM, PEOPLE_AFTER, SANCTION_TERM, SANCTION_UNIT, normUnit, parseNum } from '../patterns';

const ITEM = new RegExp(`[,、]([^,。;:!?()\\d]{1,20}?)(${NUM})(${SANCTION_UNIT})${PEOPLE_AFTER}(?=[,。;、]|$)`, 'y');

/** Objects that are the units or people a sanction falls on. */
const PARTY = /(?:单位|党组织|党组|党委|支部|部门|干部|人员|党员|责任人)$/;

function head(object: string): string {
  return object.replace(/[等的]+$/, '').slice(-2);
}

export function continuedList(folded: string, original: string, code: Code, f: Figure): Found[] {
  const want = head(f.object);
  if (want.length < 2) return [];
  const out: Found[] = [];
  let at = f.end;
  for (;;) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(folded);
    if (!m || SANCTION_TERM.test(m[1])) break;
    // 问责党组织3个、党员干部42名: units and people sanctioned alike, listed with 、.
    const parties = folded[at] === '、' && PARTY.test(f.object) && PARTY.test(m[1]);
    if (head(m[1]) !== want && !parties) break;
    const base = parseNum(m[2]);
    const people = m[4] ? parseNum(m[4]) : null;
    if (!base) break;
    const n = people ?? base;
    const unit = people ? normUnit(m[5]) : normUnit(m[3]);
    out.push(makeFact(original, code, n.value, unit, n.approx, at + 1, at + m[0].length, 'sanction.list-continued'));
    at += m[0].length;
  }
  return out;
}

// 追究……责任 written around its object (追究相关责任人员责任6人): accountability split by the
// people held to account. Only a counted form is a fact; the bare phrase is nearly always a
// warning for the future (将严肃追究相关人员责任, rule 9).
import { CONDITIONAL, clauseStart } from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { NUM, normUnit, parseNum } from '../patterns';

const SPLIT = new RegExp(`追究([^,。;:\\d]{0,12}?)责任(?:共计|共)?(${NUM})(人次|人|名)`, 'g');
// 已追究相关人员责任, 追究了…的责任: done (已, 了), so applied, with no figure (rule 8).
const DONE = /(?:已|已经)(?:严肃)?追究(?:了)?[^,。;:\d]{1,16}?责任(?=[,。;\n]|$)|追究了[^,。;:\d]{1,16}?责任(?=[,。;\n]|$)/g;

export function extractHeldAccountable(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(folded); m; m = SPLIT.exec(folded)) {
    if (CONDITIONAL.test(folded.slice(clauseStart(folded, m.index), m.index))) continue;
    const n = parseNum(m[2]);
    if (!n) continue;
    facts.push(makeFact(original, 'accountability', n.value, normUnit(m[3]), n.approx, m.index, m.index + m[0].length, 'held-accountable.split'));
  }
  DONE.lastIndex = 0;
  for (let m = DONE.exec(folded); m; m = DONE.exec(folded)) {
    if (CONDITIONAL.test(folded.slice(clauseStart(folded, m.index), m.index))) continue;
    facts.push(makeFact(original, 'accountability', null, null, false, m.index, m.index + m[0].length, 'held-accountable.done'));
  }
  return facts;
}

export const heldAccountable: Parser = {
  id: 'held-accountable',
  needs: /追究/,
  rules: [
    { id: 'held-accountable.split', what: '追究…责任N人 (accountability by the people held to account)', examples: ['追究相关责任人员责任6人。'] },
    { id: 'held-accountable.done', what: '已追究…责任 / 追究了…责任: done, no figure', examples: ['追究了相关人员的责任。', '已严肃追究相关单位负责人的领导责任。'] },
  ],
  extract: ({ text, original }) => extractHeldAccountable(text, original),
};

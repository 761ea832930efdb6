// Parent links where the text marks a breakdown (rule 12): a parenthesis right after a total
// (党纪处分42人(党内警告28人,……)), or 其中/含/包括 after it in the same sentence. Plain
// sequences get no parent. Also resolves the terms whose code depends on the breakdown:
// 警告/开除 inside a 党纪处分 breakdown are the party grades.
import type { Fact } from '../../contract';
import { termOf } from '../../lexicon';
import { PARTY_GRADE } from '../patterns';
import type { Refiner } from '../rule-types';

const PARTS_MARK = /(?:其中|含|包括)/g;
const SENTENCE_END = /[。;\n]/;

function closingParen(text: string, open: number): number {
  let depth = 0;
  const stop = Math.min(text.length, open + 300);
  for (let i = open; i < stop; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
    else if (text[i] === '。') return -1;
  }
  return -1;
}

function setParent(child: Fact, total: Fact): void {
  child.parent = total.code;
  const grade = total.code === 'party_discipline' ? PARTY_GRADE.get(child.code) : undefined;
  if (grade) {
    child.code = grade;
    child.label = termOf(grade).label;
  }
}

/** Index of the first fact starting at or after `pos` (facts sorted by start). */
function firstAtOrAfter(facts: Fact[], pos: number): number {
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (facts[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SUM_BEFORE = /(?:共计|合计|总计)(?:给予|处理|查处)?$/;

/** Parts written before their total: 党内警告3人,严重警告2人,共计党纪处分5人. */
function linkTrailingTotals(text: string, facts: Fact[]): void {
  facts.forEach((total, i) => {
    if (total.value === null || !SUM_BEFORE.test(text.slice(Math.max(0, total.start - 4), total.start))) return;
    const parts: Fact[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const f = facts[j];
      if (f.value === null || f.parent !== null || SENTENCE_END.test(text.slice(f.end, total.start))) break;
      parts.push(f);
    }
    if (parts.length >= 2) for (const f of parts) setParent(f, total);
  });
}

/** Sets `parent` on the facts (sorted by start) in place. */
export function linkBreakdowns(text: string, facts: Fact[]): void {
  linkTrailingTotals(text, facts);
  // 其中/含/包括: parts from the marker to the end of the sentence, total = last figure before it.
  PARTS_MARK.lastIndex = 0;
  for (let m = PARTS_MARK.exec(text); m; m = PARTS_MARK.exec(text)) {
    const at = m.index;
    if (m[0] !== '其中' && !/[,(;]/.test(text[at - 1] ?? '')) continue;
    const next = firstAtOrAfter(facts, at);
    let total: Fact | undefined;
    for (let j = next - 1; j >= 0 && j >= next - 8; j--) {
      if (facts[j].value !== null && facts[j].end <= at) {
        total = facts[j];
        break;
      }
    }
    if (!total || SENTENCE_END.test(text.slice(total.end, at).replace(/;/g, ''))) continue;
    // Inside a parenthesis (含…) the parts end at its closing; otherwise at the sentence's end.
    let end: number;
    if (text[at - 1] === '(') {
      end = closingParen(text, at - 1);
      if (end < 0) continue;
    } else {
      const endRel = text.slice(at, at + 300).search(/[。;\n]/);
      end = endRel < 0 ? Math.min(text.length, at + 300) : at + endRel;
    }
    for (let j = next; j < facts.length && facts[j].start < end; j++) {
      if (facts[j].value !== null) setParent(facts[j], total);
    }
  }
  // Parentheses right after a total take precedence over an enclosing 其中.
  for (let i = 0; i < facts.length; i++) {
    const total = facts[i];
    if (total.value === null) continue;
    let open = total.end;
    while (text[open] === ' ') open++;
    if (text[open] !== '(') continue;
    const close = closingParen(text, open);
    if (close < 0) continue;
    for (let j = i + 1; j < facts.length && facts[j].start < close; j++) {
      if (facts[j].start > open && facts[j].end <= close && facts[j].value !== null) setParent(facts[j], total);
    }
  }
}

export const breakdowns: Refiner = {
  id: 'breakdowns',
  what: 'links the parts of a breakdown to their total (parentheses, 其中/含/包括, 共计 after the parts)',
  refine: ({ text }, facts) => {
    linkBreakdowns(text, facts);
    return facts;
  },
};

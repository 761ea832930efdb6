// Petitions and clues the inspection team transferred (移交/交办), and the status counts of those
// same items (已办结/正在办理), linked to the transferred total (rule 10). The discipline
// commission's general clue workload and police leads are not facts.
import type { Code } from '../../lexicon';
import { sentenceEnd, sentenceStart } from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { NUM, aliasesOf, alternation, normUnit, parseNum } from '../patterns';

const PETITION = alternation(aliasesOf('petitions'));
const CLUE = alternation(aliasesOf('clues'));
const TRANSFER = /移交|交办|转交|转办/g;
const INSPECTION = /巡视|巡察/;
// Items in the transfer clause: 信访件16件(14人), 问题线索6条, 见人见事问题6条.
const ITEM = new RegExp(
  `(${PETITION})(?:共计|共)?(${NUM})(件次|件\\(次\\)|件|个)|(${CLUE}|问题)(?:共计|共)?(${NUM})(条|件|个)` +
    `|(${NUM})(件|个)(?:${PETITION})|(${NUM})(条|件|个)(?:${CLUE})`,
  'g',
);
const TOPIC = new RegExp(`(${PETITION}|${CLUE}|线索)方面`, 'g');
// 其余5件正在办理中: the remainder still in hand.
const STATUS = new RegExp(`(?:已办结|已经办结|办结|已查结|已核查|已了结|正在办理|正在核查|在办|(?:其余|其他)(?=${NUM}(?:件|条|个)(?:正在|仍在|尚在|在办)))(${NUM})(件|条|个)`, 'g');

export function extractTransferred(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  const seen = new Set<Code>();
  const statusAt = new Set<number>();
  let lastItem: { code: Code; end: number } | null = null;
  TRANSFER.lastIndex = 0;
  for (let t = TRANSFER.exec(folded); t; t = TRANSFER.exec(folded)) {
    const from = sentenceStart(folded, t.index, 100);
    if (!INSPECTION.test(folded.slice(from, t.index))) continue;
    const to = Math.min(sentenceEnd(folded, t.index, 80), folded.length);
    const clauseEnd = folded.slice(t.index, to).search(/[,。;]/);
    const stop = clauseEnd < 0 ? to : t.index + clauseEnd;
    const part = folded.slice(t.index, stop);
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(part); m; m = ITEM.exec(part)) {
      // Groups: petition term first (1-3), clue term first (4-6), number first (7-8, 9-10).
      const code: Code = m[1] || m[7] ? 'petitions' : 'clues';
      const [num, counter] = m[1] ? [m[2], m[3]] : m[4] ? [m[5], m[6]] : m[7] ? [m[7], m[8]] : [m[9], m[10]];
      const n = parseNum(num);
      if (!n) continue;
      const unit = normUnit(counter);
      const at = t.index + m.index;
      facts.push(makeFact(original, code, n.value, unit, n.approx, at, at + m[0].length, 'transferred.item'));
      seen.add(code);
      lastItem = { code, end: at + m[0].length };
    }
    // Status counts later in the same sentence (移交信访件32件,已办结30件) belong to the last item.
    if (lastItem && lastItem.end > t.index) {
      for (const fact of statusCounts(folded, original, lastItem.code, lastItem.end, to)) {
        facts.push(fact);
        statusAt.add(fact.start);
      }
    }
  }
  // Status counts under a topic (信访件方面,已办结63件,正在办理2件), after a transferred total.
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(folded); m; m = TOPIC.exec(folded)) {
    const code: Code = /信访/.test(m[1]) ? 'petitions' : 'clues';
    const total = facts.find((f) => f.code === code && f.parent === null && f.start < m!.index);
    if (!total || !seen.has(code)) continue;
    const end = sentenceEnd(folded, m.index, 120);
    for (const fact of statusCounts(folded, original, code, m.index, end)) if (!statusAt.has(fact.start)) facts.push(fact);
  }
  return facts;
}

/** The status counts (已办结N件, 正在办理N件) in folded[from, to), as parts of the `code` total. */
function statusCounts(folded: string, original: string, code: Code, from: number, to: number): Found[] {
  const out: Found[] = [];
  const part = folded.slice(from, to);
  STATUS.lastIndex = 0;
  for (let s = STATUS.exec(part); s; s = STATUS.exec(part)) {
    const n = parseNum(s[1]);
    if (!n) continue;
    const at = from + s.index;
    const fact = makeFact(original, code, n.value, normUnit(s[2]), n.approx, at, at + s[0].length, 'transferred.status');
    fact.parent = code;
    out.push(fact);
  }
  return out;
}

export const transferred: Parser = {
  id: 'transferred',
  needs: /移交|交办|转交|转办/,
  rules: [
    { id: 'transferred.item', what: 'petitions or clues the inspection team transferred (移交信访件16件)', examples: ['巡视组移交信访件32件，已办结30件。', '巡察组移交问题线索6条。'] },
    { id: 'transferred.status', what: 'status counts of those items (已办结N件, 正在办理N件)', examples: ['巡视组移交信访件32件，已办结30件。'] },
  ],
  extract: ({ text, original }) => extractTransferred(text, original),
};

// Counts of the rectification itself, taken narrowly (rule 10): feedback problems, problems
// rectified, rectification measures and rules made. Transferred petitions and clues are in
// transferred.ts.
import type { Code } from '../../lexicon';
import { inBookTitle, sentenceStart } from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { PARTIAL_COMPLETION, RULE_VERBS } from '../../lexicon';
import { NUM, aliasesOf, alternation, parseNum } from '../patterns';

const MEASURES = alternation(aliasesOf('measures'));
const RULES = alternation(aliasesOf('rules_made'));
const SPECIFIC = alternation(aliasesOf('problems_found').filter((a) => a !== '反馈问题'));
const RECTIFIED = alternation(aliasesOf('problems_rectified'));

/** Cues that the problems counted are the inspection's feedback (反馈, 指出, 巡视发现). */
// (巡视组发现, 省委巡视发现: the team or the committee that sent it; a bare 巡察发现 is often the unit's own.)
const FEEDBACK_CUE = /反馈|指出|(?:巡视|巡察)组[^,。;]{0,6}?(?:发现|提出)|(?:中央|省委|市委|州委|县委|区委)[^,。;]{0,8}?(?:巡视|巡察)[^,。;]{0,3}?(?:发现|提出)/;
/** Problems that a self-check, audit or the unit's own inspection found are not feedback problems. */
const SELF_FOUND = /发现|查摆|排查|自查|自纠|检查出|梳理出|审计|回头看|谈心谈话|举一反三|轮巡察|被巡察/;
/** 制度机制47项, 制度文件12个: the rules counted with their companion noun. */
const RULE_NOUN = '(?:机制|文件|规定|办法)?';
/** The unit's own inspections of its subordinates (十届区委第三轮巡察, 被巡察单位). */
const OWN_INSPECTION = /轮巡察|被巡察/;
/** A count of rectified problems already stated in the sentence. */
const REMAINDER_AFTER = new RegExp(`(?:${RECTIFIED})${NUM}`);
/** 14项问题中已完成整改11项, 29个问题已整改到位26个: the problems restated with their progress. */
// (其余6个问题已取得阶段性成效 is the remainder of a progress count, not the problems restated.)
const RESTATED = new RegExp(`(?<!其余|其他|剩余|另有)(${NUM})(个|项|条)问题(?=中|已|均已)`, 'g');
const RULE_VERB = alternation(RULE_VERBS);
const MAKE_RULE = new RegExp(`(?:${RULE_VERB})[^,。;\\d]{0,6}$`);
/** 基本完成, 阶段性完成整改: partial completion is not completion (rule 17). */
const NOT_PARTIAL = `(?<!${PARTIAL_COMPLETION.join('|')})`;
/** Verbs that refine the feedback into problems (梳理出问题23个, 剖析出具体问题41个). */
const REFINE_VERB = '(?:梳理|剖析|细化|分解|归纳|形成|明确|查找)(?:出|为|成)?';

interface Pattern {
  id: string;
  what: string;
  /** Texts on which the pattern must fire (tests/unit/rules-fire.test.ts). */
  examples: string[];
  code: Code;
  re: RegExp;
  /** Index of the group holding the number and of the unit. */
  num: number;
  unit: number;
  check?: (text: string, start: number, m: RegExpExecArray) => boolean;
}

// Each pattern is tried only in a window around a keyword it must contain, so the scan over the
// whole text is one literal search per keyword (patterns that start with a number would otherwise
// be tried at every character).
const ANCHORS: Partial<Record<Code, RegExp>> = {
  measures: new RegExp(`${MEASURES}|具体(?:整改)?措施`, 'g'),
  rules_made: new RegExp(`${RULES}|制度`, 'g'),
  problems_found: /问题|意见|具体表现/g,
  problems_rectified: /整改/g,
};
const BEFORE = 40;
const AFTER = 40;

const feedback = (text: string, start: number): boolean => {
  const s = text.slice(sentenceStart(text, start, 100), start);
  const cue = FEEDBACK_CUE.exec(s);
  if (!cue) return false;
  // 第三轮巡察发现的17个问题: what the unit's own inspections found, not the feedback.
  if (!/反馈|指出/.test(cue[0]) && OWN_INSPECTION.test(s)) return false;
  // The cue's own verb (巡视发现) is the inspection's; a self-check after it is not.
  const after = s.slice(cue.index + cue[0].length);
  // 已完成整改16个,3个问题正在推进: after a count of rectified problems, the rest is a remainder.
  return !SELF_FOUND.test(after) && !REMAINDER_AFTER.test(s.slice(cue.index));
};
const notSelfCheck = (text: string, start: number): boolean =>
  !SELF_FOUND.test(text.slice(sentenceStart(text, start, 160), start + 20));

const PATTERNS: Pattern[] = [
  {
    id: 'count.measures.term-figure', what: '整改措施N条', examples: ['制定整改措施113条。'],
    code: 'measures', re: new RegExp(`(?:${MEASURES})(?:共计|共)?(${NUM})(条|项|个)`, 'g'), num: 1, unit: 2,
  },
  {
    id: 'count.measures.figure-term', what: 'N条整改措施', examples: ['细化制定了110条整改举措。'],
    code: 'measures', re: new RegExp(`(${NUM})(条|项|个)(?:具体的?)?(?:${MEASURES})`, 'g'), num: 1, unit: 2,
  },
  {
    id: 'count.rules.term-figure', what: '建章立制N项', examples: ['建章立制42项。'],
    code: 'rules_made', re: new RegExp(`(?:${RULES})${RULE_NOUN}(?:共计|共)?(${NUM})(项|个|条|部)`, 'g'), num: 1, unit: 2,
  },
  {
    id: 'count.rules.figure-term', what: '建立…N项制度', examples: ['建立健全了37项工作制度。'],
    code: 'rules_made', re: new RegExp(`(${NUM})(项|个|条|部)(?:${RULES}|制度)`, 'g'), num: 1, unit: 2,
    check: (t, s) => MAKE_RULE.test(t.slice(Math.max(0, s - 10), s)),
  },
  // 修订完善《县委常委会议事规则》等制度11项, 完善财务管理、采购管理等制度14项: the rules named
  // (titles, a list) and then counted with 等制度.
  {
    id: 'count.rules.named-list', what: '修订《…》等制度N项', examples: ['修订完善《县委常委会议事规则》等制度11项。'],
    code: 'rules_made', re: new RegExp(`(?:${RULE_VERB})[^,。;\\d]{0,30}?等制度${RULE_NOUN}(?:共计|共)?(${NUM})(项|个|条|部)`, 'g'),
    num: 1, unit: 2,
  },
  {
    id: 'count.rules.verb-figure', what: '制定…(的机制)制度N项', examples: ['修订财务制度12项。', '共制定完善干部管理、资金使用等方面的机制制度26项。'],
    code: 'rules_made', re: new RegExp(`(?:${RULE_VERB})[^,。;\\d]{0,24}?(?:机制)?制度${RULE_NOUN}(?:共计|共)?(${NUM})(项|个|条|部)`, 'g'),
    num: 1, unit: 2,
  },
  {
    id: 'count.problems.figure-specific', what: 'N个具体问题', examples: ['梳理形成27个具体问题。'],
    code: 'problems_found', re: new RegExp(`(${NUM})(个|项|条)(?:${SPECIFIC})(?!子类|线索)`, 'g'), num: 1, unit: 2,
  },
  {
    id: 'count.problems.term-figure', what: '反馈问题N个', examples: ['巡视反馈问题共35个。'],
    code: 'problems_found', re: new RegExp(`(?:${SPECIFIC}|反馈问题)(?:共计|共)?(${NUM})(个|项|条)`, 'g'), num: 1, unit: 2,
    check: (t, s) => !OWN_INSPECTION.test(t.slice(sentenceStart(t, s, 100), s)),
  },
  {
    id: 'count.problems.feedback-figure', what: '反馈的N个问题', examples: ['针对省委巡视组反馈的35个问题。'],
    code: 'problems_found', re: new RegExp(`(${NUM})(个|项|条)问题(?!子类|线索)`, 'g'), num: 1, unit: 2,
    check: (t, s) => feedback(t, s),
  },
  {
    id: 'count.problems.refined', what: '梳理出问题N个 (the feedback refined into problems)', examples: ['对照巡视反馈意见，梳理出问题23个。'],
    code: 'problems_found', re: new RegExp(`${REFINE_VERB}[^,。;\\d]{0,8}?问题(?:共计|共)?(${NUM})(个|项|条)`, 'g'), num: 1, unit: 2,
    check: (t, s) => feedback(t, s),
  },
  {
    id: 'count.problems.feedback-opinions', what: 'N条巡视反馈意见 (feedback items)', examples: ['县委班子成员领办29条巡视反馈意见。', '巡视反馈的29条意见全部制定了整改方案。'],
    code: 'problems_found', re: new RegExp(`(${NUM})(条|项)(?:(?:巡视|巡察)?反馈)?意见(?!建议)`, 'g'), num: 1, unit: 2,
    check: (t, s, m) => m[0].includes('反馈') || feedback(t, s),
  },
  {
    id: 'count.measures.specific', what: '细化为N条具体措施', examples: ['细化为171条具体措施。'],
    code: 'measures', re: new RegExp(`(?:细化|分解|制定|形成|明确|提出)(?:出|为|成|了)?[^,。;\\d]{0,4}?(${NUM})(条|项)具体(?:整改)?措施`, 'g'), num: 1, unit: 2,
  },
  {
    id: 'count.rectified.term-figure', what: '完成整改N个', examples: ['已完成整改30个。'],
    code: 'problems_rectified', re: new RegExp(`${NOT_PARTIAL}(?:${RECTIFIED}|完成问题整改)(?:共计|共)?(${NUM})(个|项|条)`, 'g'), num: 1, unit: 2,
    check: (t, s) => notSelfCheck(t, s),
  },
  {
    id: 'count.rectified.complete-figure', what: '完成N个问题的整改', examples: ['已完成30个问题的整改。'],
    code: 'problems_rectified', re: new RegExp(`${NOT_PARTIAL}完成(${NUM})(个|项|条)问题(?:的)?整改`, 'g'), num: 1, unit: 2,
    check: (t, s) => notSelfCheck(t, s),
  },
];

/**
 * Problems restated in a progress sentence without 反馈 beside them count as feedback problems only
 * when they repeat the number of feedback problems already stated, or the headline (before the first
 * section) speaks of the inspection's feedback.
 */
function restatedProblems(folded: string, original: string, facts: Found[]): Found[] {
  const out: Found[] = [];
  const known = new Set(facts.filter((f) => f.code === 'problems_found').map((f) => f.value));
  const taken = new Set(facts.filter((f) => f.code === 'problems_found').map((f) => f.start));
  const firstSection = folded.search(/(?:^|\n)[ \t\u3000]*一[、.]/);
  const headline = folded.slice(0, firstSection < 0 ? Math.min(folded.length, 400) : firstSection);
  const feedbackHeadline = /(?:巡视|巡察)[^。]{0,8}反馈/.test(headline);
  RESTATED.lastIndex = 0;
  for (let m = RESTATED.exec(folded); m; m = RESTATED.exec(folded)) {
    if (taken.has(m.index) || inBookTitle(folded, m.index)) continue;
    if (SELF_FOUND.test(folded.slice(sentenceStart(folded, m.index, 100), m.index))) continue;
    const n = parseNum(m[1]);
    if (!n) continue;
    if (!known.has(n.value) && !feedbackHeadline) continue;
    out.push(makeFact(original, 'problems_found', n.value, m[2], n.approx, m.index, m.index + m[0].length, 'count.problems.restated'));
  }
  return out;
}

export function extractCounts(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  for (const [code, anchor] of Object.entries(ANCHORS) as [Code, RegExp][]) {
    const patterns = PATTERNS.filter((p) => p.code === code);
    // Windows around the keywords, merged where they overlap; every pattern contains its keyword,
    // so any match inside a window is one the keyword allows.
    const regions: [number, number][] = [];
    anchor.lastIndex = 0;
    for (let a = anchor.exec(folded); a; a = anchor.exec(folded)) {
      const from = Math.max(0, a.index - BEFORE);
      const to = Math.min(folded.length, a.index + AFTER);
      const last = regions[regions.length - 1];
      if (last && from <= last[1]) last[1] = to;
      else regions.push([from, to]);
    }
    const seen = new Set<number>();
    for (const [from, to] of regions) {
      const window = folded.slice(from, to);
      for (const p of patterns) {
        p.re.lastIndex = 0;
        for (let m = p.re.exec(window); m; m = p.re.exec(window)) {
          const start = from + m.index;
          if (seen.has(start) || inBookTitle(folded, start)) continue;
          if (p.check && !p.check(folded, start, m)) continue;
          const n = parseNum(m[p.num]);
          if (!n) continue;
          seen.add(start);
          const unit = p.unit ? m[p.unit] : '个';
          facts.push(makeFact(original, p.code, n.value, unit, n.approx, start, start + m[0].length, p.id));
        }
      }
    }
  }
  facts.push(...restatedProblems(folded, original, facts));
  return facts;
}

export const counts: Parser = {
  id: 'count',
  needs: /问题|整改|制度|建章立制|意见|措施|具体表现/,
  rules: [
    ...PATTERNS.map(({ id, what, examples }) => ({ id, what, examples })),
    { id: 'count.problems.restated', what: 'feedback problems restated with their progress (14项问题中已完成整改11项)', examples: ['针对巡视反馈的问题制定方案。\n14项问题中已完成整改11项。'] },
  ],
  extract: ({ text, original }) => extractCounts(text, original),
};

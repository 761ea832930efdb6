// Sanction facts: every sanction term of the vocabulary, with the figure it governs, pooled
// lists (提醒谈话、批评教育、诫勉共26人 → handled), named sanctions without a figure (value null),
// and the exclusions of ANNOTATION.md (routine talks, conditionals, headings, titles, enforcement).
import type { Code } from '../../lexicon';
import {
  APPLIED, CONDITIONAL, NOT_A_MEASURE_BEFORE, FORMER_POST_BEFORE, DISCIPLINE_OBJECT, ENFORCEMENT_AGENCY, ENFORCEMENT_OBJECT, NON_DISCIPLINE_CASE, NOT_ACTION_AFTER,
  PERSON_OBJECT, PROBLEM_OBJECT, REST_NOT_ACTION, ROUTINE_BEFORE, clauseStart, inBookTitle, inHeading,
} from '../context';
import { makeFact, type Found } from '../make-fact';
import type { Parser } from '../rule-types';
import { figureAfter, figureAfterObject, figureBefore, figureListedBefore, type Figure } from './sanction-figure';
import {
  ACTOR, NEVER_NULL, NUM, PEOPLE_ONLY_ALIASES, POOLABLE, SANCTION_ALIASES, SANCTION_TERM, TAKES_OBJECT, WEAK_ALIASES, aliasesOf, alternation, normUnit, parseNum,
} from '../patterns';
import { continuedList } from './sanction-lists';

interface Hit {
  alias: string;
  code: Code;
  start: number;
  end: number;
}

const TERM = new RegExp(alternation(SANCTION_ALIASES.keys()), 'g');
// 撤职处分, 诫勉处理: the generic noun after a term belongs to it; 留党察看二年: a duration.
const SUFFIX = /(?:[一二两三四五六七八九十\d]+(?:年|个月))?(?:处分|处理|(?:依法)?审查起诉)|[一二两三四五六七八九十\d]+(?:年|个月)/y;
// 诫勉谈话、批评教育等处理12人: 等 closes a list of measures that share the figure after it.
const JOINER = /^(?:、|和|及|与|或|以及|、以及|等)$/;
// The people a pooled or generic measure is counted on (处理党员干部1,236人次, 处分干部9人).
const PEOPLE_OBJECT = /^[^,。;、]{0,6}(?:干部|党员|人员|责任人|公职人员|职工|工作人员)$/;
const isPeople = (unit: string) => unit === '人' || unit === '人次';
// 查处问题N起,处理N人: one handled fact, in people (rule 3).
const THEN_PEOPLE = new RegExp(`[,、]?(?:${alternation(aliasesOf('handled'))})(?:共计|共)?(${NUM})(人次|人|名)`, 'y');
// 党纪处分、政务处分分别为17人、5人: the figures go to the measures in order.
const COUNTED = `(${NUM})(人次|人|名|件|起|个)`;
const RESPECTIVELY = new RegExp(`分别(?:为|是|有)?${COUNTED}((?:、${COUNTED})+)`, 'y');
const COUNTED_ALL = new RegExp(COUNTED, 'g');
// 党内警告、严重警告各1人: each measure named gets the figure.
const EACH = new RegExp(`各(${NUM})(人次|人|名|件|起|个)`, 'y');

function hits(text: string): Hit[] {
  const out: Hit[] = [];
  TERM.lastIndex = 0;
  for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
    const alias = m[0];
    let end = m.index + alias.length;
    SUFFIX.lastIndex = end;
    const s = SUFFIX.exec(text);
    if (s) end += s[0].length;
    out.push({ alias, code: SANCTION_ALIASES.get(alias)!, start: m.index, end });
    TERM.lastIndex = end;
  }
  return out;
}

function excluded(text: string, h: Hit): boolean {
  if (inBookTitle(text, h.start) || inHeading(text, h.start)) return true;
  if ((h.code === 'handled' || h.code === 'case_filed') && ENFORCEMENT_AGENCY.test(text.slice(clauseStart(text, h.start), h.start))) {
    return true;
  }
  const before = text.slice(Math.max(0, h.start - 8), h.start);
  if (h.code === 'reminder_talk' && ROUTINE_BEFORE.test(before)) return true;
  if (h.code === 'case_filed' && NON_DISCIPLINE_CASE.test(before)) return true;
  // 其中双重处分3人 counts people sanctioned twice, an overlap of the grades, not a sanction.
  if (NOT_A_MEASURE_BEFORE.test(before)) return true;
  return false;
}

// 对相关责任人员作出处理, 对该局进行严肃问责: a weak term applied to a named object, no figure (rule 23).
// The object is anyone but a 的-phrase (对整改不力的进行问责 is a rule for whoever, rule 9).
const APPLIED_TO_OBJECT = /对[^,。;]{1,24}?(?<!的)(?:作出了?|做出了?|进行了?|给予了?|予以)(?:严肃|相应|严肃的|相应的)?$/;
const CLOSES = /^(?:[,。;:、)\n]|和|并|及|$)/;

/** A term named without a figure is a fact only where it was applied to someone (rule 8, 9): the rule id, or null. */
function appliedWithoutFigure(text: string, h: Hit, clauseFrom: number): string | null {
  const after = text.slice(h.end, h.end + 24);
  const clause = text.slice(clauseFrom, h.start);
  if (CONDITIONAL.test(clause)) return null;
  if (WEAK_ALIASES.has(h.alias) || NEVER_NULL.has(h.code)) {
    if (APPLIED_TO_OBJECT.test(clause) && CLOSES.test(after)) return 'sanction.applied-to-object';
    // 给予李某某警告处分, 给予其降级处分: a weak grade made whole by 处分 and given to someone.
    const graded = !NEVER_NULL.has(h.code) && h.alias !== '处分' && text.startsWith('处分', h.end - 2) && h.end - h.start > h.alias.length;
    return graded && /给予|予以|受到/.test(clause) && CLOSES.test(after) ? 'sanction.applied' : null;
  }
  if (NOT_ACTION_AFTER.test(after)) return null;
  const object = PERSON_OBJECT.test(after);
  if (!object && REST_NOT_ACTION.test(after)) return null;
  // 赵某某,区住建局原股长,免职。: a line of a named list, the sanction alone in its clause.
  const listed = clause === '' && /^[。;\n]/.test(after) && FORMER_POST_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start));
  return (APPLIED.test(clause) && CLOSES.test(after)) || object || listed ? 'sanction.applied' : null;
}

function accept(h: Hit, f: Figure): boolean {
  if (!f.object) return !PEOPLE_ONLY_ALIASES.has(h.alias) || isPeople(f.unit);
  if (SANCTION_TERM.test(f.object)) return false;
  if (h.alias === '处理' || h.alias === '处分') return isPeople(f.unit) && PEOPLE_OBJECT.test(f.object);
  if (h.code === 'handled') {
    if (ENFORCEMENT_OBJECT.test(f.object) && !DISCIPLINE_OBJECT.test(f.object)) return false;
    if (h.alias === '处置') return isPeople(f.unit);
    return isPeople(f.unit) || PROBLEM_OBJECT.test(f.object);
  }
  return true;
}

export function extractSanctions(folded: string, original: string): Found[] {
  const facts: Found[] = [];
  const all = hits(folded).filter((h) => !excluded(folded, h));
  let consumed = 0;
  for (let i = 0; i < all.length; ) {
    const group = [all[i]];
    while (i + group.length < all.length && JOINER.test(folded.slice(group[group.length - 1].end, all[i + group.length].start))) {
      group.push(all[i + group.length]);
    }
    i += group.length;
    if (group[0].start < consumed) continue;
    const first = group[0];
    const last = group[group.length - 1];
    const clauseFrom = clauseStart(folded, first.start);
    if (group.length > 1) {
      RESPECTIVELY.lastIndex = last.end;
      const resp = RESPECTIVELY.exec(folded);
      const figures = resp ? [...resp[0].matchAll(COUNTED_ALL)] : [];
      if (resp && figures.length === group.length) {
        group.forEach((h, k) => {
          const n = parseNum(figures[k][1]);
          if (n) facts.push(makeFact(original, h.code, n.value, normUnit(figures[k][2]), n.approx, h.start, h.end, 'sanction.respectively'));
        });
        consumed = last.end + resp[0].length;
        continue;
      }
      EACH.lastIndex = last.end;
      const each = EACH.exec(folded);
      const n = each ? parseNum(each[1]) : null;
      if (each && n) {
        for (const h of group) facts.push(makeFact(original, h.code, n.value, normUnit(each[2]), n.approx, h.start, h.end, 'sanction.each'));
        continue;
      }
      const f = figureAfter(folded, last.end);
      if (f) {
        // Pooled figure for several measures: one umbrella fact (rule 4).
        facts.push(makeFact(original, 'handled', f.value, f.unit, f.approx, first.start, f.end, 'sanction.pooled'));
        continue;
      }
      if (group.every((h) => POOLABLE.has(h.code))) {
        const obj = figureAfterObject(folded, last.end);
        const pooled = obj && isPeople(obj.unit) && PEOPLE_OBJECT.test(obj.object) ? obj : figureBefore(folded, clauseFrom, first.start);
        if (pooled) {
          const start = Math.min(pooled.start, first.start);
          facts.push(makeFact(original, 'handled', pooled.value, pooled.unit, pooled.approx, start, Math.max(pooled.end, last.end), 'sanction.pooled-object'));
          if (pooled.end > last.end) consumed = pooled.end;
          continue;
        }
      }
    }
    for (const h of group) {
      let f: Figure | null = null;
      let rule = 'sanction.figure-after';
      if (group.length === 1) {
        const before = figureBefore(folded, clauseFrom, h.start, ACTOR.has(h.code));
        if (before) rule = 'sanction.figure-before';
        f = before ?? figureAfter(folded, h.end);
        if (!f && TAKES_OBJECT.has(h.code)) {
          const g = figureAfterObject(folded, h.end);
          if (g && accept(h, g)) [f, rule] = [g, 'sanction.figure-object'];
        }
        if (f && !accept(h, f)) f = null;
      }
      if (f && h.code === 'handled' && f.unit !== '人' && f.unit !== '人次') {
        THEN_PEOPLE.lastIndex = f.end;
        const p = THEN_PEOPLE.exec(folded);
        const n = p ? parseNum(p[1]) : null;
        if (p && n) {
          f = { ...f, value: n.value, unit: normUnit(p[2]), approx: n.approx, end: f.end + p[0].length };
          rule = 'sanction.cases-then-people';
          consumed = f.end;
        }
      }
      if (f) {
        const start = Math.min(f.start, h.start);
        const listed = f.end <= h.start ? figureListedBefore(folded, clauseFrom, f) : null;
        if (listed) facts.push(makeFact(original, h.code, listed.value, listed.unit, listed.approx, listed.start, listed.end, 'sanction.listed-before'));
        facts.push(makeFact(original, h.code, f.value, f.unit, f.approx, listed ? f.start : start, Math.max(f.end, h.end), listed ? 'sanction.listed-before' : rule));
        if (f.object) {
          const items = continuedList(folded, original, h.code, f);
          facts.push(...items);
          if (items.length) consumed = items[items.length - 1].end;
        }
      } else {
        const rule = appliedWithoutFigure(folded, h, clauseFrom);
        if (rule) facts.push(makeFact(original, h.code, null, null, false, h.start, h.end, rule));
      }
    }
  }
  return facts;
}

export const sanctionTerms: Parser = {
  id: 'sanction',
  needs: SANCTION_TERM,
  rules: [
    { id: 'sanction.figure-after', what: 'a term, then its figure (党纪处分42人)', examples: ['给予党纪处分42人。', '诫勉谈话5人。'] },
    { id: 'sanction.figure-before', what: 'a counted object, then the term (对21名相关人员已处理)', examples: ['对3人开展批评教育。', '对5名区管干部立案审查调查。'] },
    { id: 'sanction.figure-object', what: 'a term, its object, then the figure (查处……问题5起5人)', examples: ['查处违反中央八项规定精神问题5起5人。', '约谈涉问题单位责任人16人次。'] },
    { id: 'sanction.cases-then-people', what: '查处N起,处理N人: one fact in people', examples: ['查处侵害群众利益问题8起，处理12人。'] },
    { id: 'sanction.respectively', what: 'terms then 分别为N人、M人, in order', examples: ['党纪处分、政务处分分别为17人、5人。'] },
    { id: 'sanction.each', what: 'terms then 各N人: each gets the figure', examples: ['党内警告、党内严重警告各1人。'] },
    { id: 'sanction.pooled', what: 'several measures sharing one figure → handled (rule 4)', examples: ['提醒谈话、批评教育、诫勉共26人。', '批评教育和处理共19人。'] },
    { id: 'sanction.pooled-object', what: 'milder measures pooled over counted people (对21名干部进行提醒谈话和批评教育)', examples: ['对21名干部进行提醒谈话和批评教育。'] },
    { id: 'sanction.listed-before', what: 'a list sharing one verb (对3个单位、5名干部进行约谈)', examples: ['对3个单位、5名干部进行约谈。'] },
    { id: 'sanction.list-continued', what: 'parallel objects of one term (立案…案件2件2人,…案件1件1人)', examples: ['立案涉黑涉恶腐败案件2件2人，保护伞案件2件2人，其他失职失责案件1件1人。'] },
    { id: 'sanction.applied-to-object', what: 'a weak term (处理, 问责) applied to a named object, no figure (rule 23)', examples: ['并对相关责任人员作出严肃处理。', '对相关单位进行问责。'] },
    {
      id: 'sanction.applied',
      what: 'a sanction applied without a figure: value null (rule 8)',
      examples: ['给予其党内严重警告处分。', '对某街道进行通报批评。', '给予副局长李某某警告处分。', '并采取留置措施。', '将其涉嫌犯罪问题移送检察机关。'],
    },
  ],
  extract: ({ text, original }) => extractSanctions(text, original),
};

// Context rules: where a clause or sentence starts, headings, titles, and the words that make a
// sanction routine, conditional or not about discipline (ANNOTATION.md rules 7, 9, 10, 11).
import { CLAUSE_END_CHARS, SENTENCE_END_CHARS } from '../lexicon';

/** Characters that end a clause (a comma-delimited unit of meaning) or a sentence, by code. */
// One byte per UTF-16 code: bit 1 ends a clause, bit 2 ends a sentence (a table lookup per step).
const ENDS = new Uint8Array(65536);
for (const c of CLAUSE_END_CHARS) ENDS[c.charCodeAt(0)] = 1;
for (const c of SENTENCE_END_CHARS) ENDS[c.charCodeAt(0)] = 3;
const CLAUSE_END = { has: (code: number) => (ENDS[code] & 1) !== 0 };
const SENTENCE_END = { has: (code: number) => (ENDS[code] & 2) !== 0 };

/** Start of the clause holding `pos`, looking back at most `max` characters. */
export function clauseStart(text: string, pos: number, max = 64): number {
  const stop = Math.max(0, pos - max);
  for (let i = pos - 1; i >= stop; i--) if (CLAUSE_END.has(text.charCodeAt(i))) return i + 1;
  return stop;
}

/** Start of the sentence holding `pos` (。; or line), looking back at most `max` characters. */
export function sentenceStart(text: string, pos: number, max = 120): number {
  const stop = Math.max(0, pos - max);
  for (let i = pos - 1; i >= stop; i--) if (SENTENCE_END.has(text.charCodeAt(i))) return i + 1;
  return stop;
}

export function sentenceEnd(text: string, pos: number, max = 200): number {
  const stop = Math.min(text.length, pos + max);
  for (let i = pos; i < stop; i++) if (SENTENCE_END.has(text.charCodeAt(i))) return i;
  return stop;
}

export function lineStart(text: string, pos: number, max = 400): number {
  const stop = Math.max(0, pos - max);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

// A numbered heading: 一、 (一) (1) 1. ① 一是 …
const HEADING = /^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|[①-⑳]|[一二三四五六七八九十]+是)/;

/**
 * True when `pos` lies in a heading: the first sentence of a line that starts with a heading
 * number, when that sentence is short and has no comma (二是严肃查处问责。, (一)党纪政务处分情况).
 * A long first sentence with commas (三是已经党纪立案审查……,已经责令……) is content.
 */
export function inHeading(text: string, pos: number): boolean {
  // A heading sentence is short, so its line starts within a few dozen characters.
  const ls = lineStart(text, pos, 64);
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return false;
  if (!HEADING.test(text.slice(ls, Math.min(text.length, ls + 12)))) return false;
  const end = sentenceEnd(text, ls, 60);
  if (pos >= end) return false;
  const first = text.slice(ls, end);
  return !/[,，]/.test(first) && first.length <= 45;
}

const [OPEN_TITLE, CLOSE_TITLE, FULL_STOP] = [...'《》。'].map((c) => c.charCodeAt(0));

/** True when `pos` is inside a document title 《…》 (a regulation's name, not an action). */
export function inBookTitle(text: string, pos: number, max = 60): boolean {
  const stop = Math.max(0, pos - max);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_TITLE || c === FULL_STOP) return false;
    if (c === OPEN_TITLE) return true;
  }
  return false;
}

/** Routine or preventive talks written just before the term (rule 7). */
export const ROUTINE_BEFORE = /(?:日常|节前|节日|任前|集体|常态化|廉政|廉洁|谈心|经常性|提醒式)[^,。;]{0,3}$/;

/** Words right after a term that make it a rule, mechanism or topic, not an action taken. */
export const NOT_ACTION_AFTER = /^(?:制度|机制|工作|办法|细则|规定|规则|方案|尺度|情况|方面|函|会|权|标准|对象|程序|决定|范围|力度|意见|职能|流程|等机制|和执法|和函询)/;

/** Conditional, future or policy wording in the clause before a term (rule 9). */
// 将 is the future (将严肃追究) except where it moves its object (将其涉嫌犯罪问题移送检察机关).
export const CONDITIONAL = /将(?!其|该|此|相关|有关|上述|涉嫌|案件|问题线索)|如有|如发现|若|凡|一律|实行|要求|必须|应当|应予|拟|一经|坚决|严肃追究|严格|未按|及时|经常|对[^,。;]*(?:问题|现象|行为|情形)的?[^,。;]{0,6}$/;

/** The rest of the clause names a rule or mechanism (已建立约谈提醒、函询诫勉等制度). */
export const REST_NOT_ACTION = /^[^,。;:]*?(?:制度|机制|办法|规定|细则|方案|清单|工作法)/;

/** Marks that a named sanction was actually applied to someone (rule 8). */
// 被开除党籍 (passive), 涉嫌犯罪问题移送检察机关 (the transfer of a named person's crime).
export const APPLIED = /已|予以|给予|受到|被|采取|涉嫌犯罪|对[^,。;]{1,30}$/;
/** A former post closing the clause before a bare term (赵某某,……原股长,免职。): a named-person list. */
export const FORMER_POST_BEFORE = /(?:原|时任|前)[^,。;:]{1,12}[,，]$/;

/** A person or unit object right after a verb-like term (集体约谈被检查单位班子成员). */
export const PERSON_OBJECT = /^[^,。;:]{0,18}?(?:成员|负责人|责任人|当事人|干部|人员|领导|书记|经理|总监|主任|职员|局长|科长|处长|主管|经办人)/;

/** Words before a sanction term that make it no measure (双重处分: people sanctioned twice). */
export const NOT_A_MEASURE_BEFORE = /双重$/;

/** Administrative or criminal-justice wording right before 立案 (处罚立案, 行政立案). */
export const NON_DISCIPLINE_CASE = /(?:处罚|行政|公安|刑事|法院|检察院?)$/;

/** Objects of police, court or administrative enforcement (查处违法犯罪人员, 查处违规事件). */
export const ENFORCEMENT_OBJECT = /犯罪|嫌疑人|警情|企业|商户|商家|车辆|事件|违法行为|违法案件|团伙|黑恶势力|组织/;
/** Enforcement agencies or work in the clause before 查处/立案 (市场监管部门立案查处违法案件56起). */
export const ENFORCEMENT_AGENCY = /执法|市场监管|城管|城市管理|公安|税务|交警|生态环境|环保|法院|检察院|行政处罚/;
/** Objects that make a 查处 disciplinary even among enforcement words (涉黑涉恶腐败、“保护伞”问题). */
export const DISCIPLINE_OBJECT = /腐败|违纪|作风|保护伞|党员|干部|公职人员|责任人|四风|八项规定|失职|失责/;

/** Objects that a disciplinary 查处 of problems or cases names (rule 3). */
export const PROBLEM_OBJECT = /问题|案件|案/;

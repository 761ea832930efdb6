// The figure a sanction term governs: written after it (党纪处分42人, 立案审查调查50件50人,
// 查处……问题19起19人) or before it (对21名相关人员已处理, 对3人开展批评教育).
import { LEAD, NUM, PEOPLE_AFTER, SANCTION_TERM, SANCTION_UNIT, normUnit, parseNum } from '../patterns';

export interface Figure {
  value: number;
  unit: string;
  approx: boolean;
  /** Where the figure's text starts and ends (for the quote). */
  start: number;
  end: number;
  /** Text between the term and the figure, when the term governs an object (查处X问题N起). */
  object: string;
}

// (the lead words of a total come from the lexicon's TOTAL_LEADS)
const DIRECT = new RegExp(`${LEAD}(${NUM})(${SANCTION_UNIT})${PEOPLE_AFTER}`, 'y');
// The object may hold a short aside in brackets (村(社区)党组织书记), never a breakdown.
const GAP = new RegExp(`((?:[^,。;:!?()\\d]|\\([^,。;()\\d]{1,6}\\)){1,30}?)${LEAD}(${NUM})(${SANCTION_UNIT})${PEOPLE_AFTER}`, 'y');
const LEFT_DUI = new RegExp(
  `(?:对|给予|予以)([^,。;()\\d]{0,16}?)(${NUM})(名|人|个|家)[^,。;()\\d]{0,30}?(?:已经|已)?(?:进行了|进行|开展了|开展|给予|予以|作出|作了|作|实施)?(?:严肃|严格|相应)?$`,
);
const LEFT_SUBJECT = new RegExp(`()(${NUM})(名|人|个|家)[^,。;()\\d]{0,12}?(?:进行了|进行|开展了|开展|给予|予以|被给予|受到|被)$`);
// Terms whose subject is the people counted, with no verb between (2名公职人员主动投案).
const LEFT_ACTOR = new RegExp(`()(${NUM})(名|人)[^,。;()\\d]{0,10}?$`);

/** Officials counted with 个 through their unit (3个社区党委书记). */
const PERSON_AFTER_COUNTER = /^[^,。;()\d]{0,6}?(?:书记|主任|负责人|责任人|干部|人员|党员|局长|科长|处长|主席|委员|班子成员)/;

const COUNTED_NOUN = /[\d〇零一二两三四五六七八九十百千万余多][名人个家]/;

function figureOf(m: RegExpExecArray, at: number, first: number, object: string): Figure | null {
  // 一起 is "together" or a slogan (发现一起、查处一起), not one case.
  if (m[first] === '一' && m[first + 1] === '起' && !m[first + 2]) return null;
  const base = parseNum(m[first]);
  if (!base) return null;
  const people = m[first + 2] ? parseNum(m[first + 2]) : null;
  const end = at + m[0].length;
  if (people) return { value: people.value, unit: normUnit(m[first + 3]), approx: people.approx, start: at, end, object };
  return { value: base.value, unit: normUnit(m[first + 1]), approx: base.approx, start: at, end, object };
}

/** A figure written right after the term (optionally after 共/计). */
export function figureAfter(text: string, end: number): Figure | null {
  DIRECT.lastIndex = end;
  const m = DIRECT.exec(text);
  return m ? figureOf(m, end, 1, '') : null;
}

/** A figure after an object the term governs (查处违反中央八项规定精神5起5人). */
export function figureAfterObject(text: string, end: number): Figure | null {
  GAP.lastIndex = end;
  const m = GAP.exec(text);
  return m ? figureOf(m, end, 2, m[1]) : null;
}

// 对3个单位、5名干部进行约谈: an earlier counted object of the same term, joined by 、.
const LISTED_BEFORE = new RegExp(`(?:对|给予|予以)[^,。;()、\\d]{0,6}?(${NUM})(名|人|个|家)[^,。;()、\\d]{0,8}、$`);
// 对2名干部予以免职、1名干部降职: a later item of a list sharing the verb of the first.
const LIST_ITEM = new RegExp(`、(${NUM})(名|人|个|家)[^,。;()、\\d]{0,8}$`);

/** The counted object listed before the figure `f` found by figureBefore, if any. */
export function figureListedBefore(text: string, clauseFrom: number, f: Figure): Figure | null {
  const m = LISTED_BEFORE.exec(text.slice(clauseFrom, f.start));
  const n = m ? parseNum(m[1]) : null;
  if (!m || !n) return null;
  const at = clauseFrom + m.index;
  return { value: n.value, unit: normUnit(m[2]), approx: n.approx, start: at, end: f.start - 1, object: '' };
}

/** A figure of people or units before the term, in its clause (对5名区管干部立案审查调查). */
export function figureBefore(text: string, clauseFrom: number, start: number, actor = false): Figure | null {
  const head = text.slice(clauseFrom, start);
  // Cheap guard: both forms need a counted noun (N名, N人, N个, N家) in the clause.
  if (!COUNTED_NOUN.test(head)) return null;
  const item = LIST_ITEM.exec(head);
  if (item && SANCTION_TERM.test(head.slice(0, item.index))) {
    const n = parseNum(item[1]);
    if (!n) return null;
    return { value: n.value, unit: normUnit(item[2]), approx: n.approx, start: clauseFrom + item.index + 1, end: start, object: '' };
  }
  const m = LEFT_DUI.exec(head) ?? LEFT_SUBJECT.exec(head) ?? (actor ? LEFT_ACTOR.exec(head) : null);
  if (!m || SANCTION_TERM.test(m[0])) return null;
  const n = parseNum(m[2]);
  if (!n) return null;
  // 3个社区党委书记: 个 counts the places, the people counted are the officials after them.
  const figure = m[2] + m[3];
  const counted = m[0].slice(m[0].indexOf(figure) + figure.length);
  const unit = m[3] === '个' && PERSON_AFTER_COUNTER.test(counted) ? '人' : normUnit(m[3]);
  return { value: n.value, unit, approx: n.approx, start: clauseFrom + m.index, end: start, object: '' };
}

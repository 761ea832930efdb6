// Every quantity in a folded notice: a number with its unit or counter (42人, 185.82万元, 近万人次,
// 十三人, 46.5%). What is not a quantity (dates, phones, ordinals …) is matched first at the same
// position and stepped over. Ranges (3-5人) give two mentions, both approximate, sharing the unit.
import type { NumberMention } from '../contract';
import { nextCandidate } from './candidates';
import { DIGIT_LED_NOT_QUANTITY_SOURCE, IDIOM_SOURCE, NOT_QUANTITY_SOURCE } from './not-quantities';
import { CHINESE_NUMERAL_SOURCE, HEDGE_SOURCE, NUMBER_TOKEN_SOURCE, parseChineseNumeral, parseNumberToken } from './number-token';
import { UNIT_SOURCE } from './units';

const RANGE_SEP = '[-~—–至到]';
const QUANTITY =
  `(?<n>${NUMBER_TOKEN_SOURCE})(?:(?<sep> ?${RANGE_SEP} ?)(?<n2>${NUMBER_TOKEN_SOURCE}))?` +
  ` ?(?:(?<pct>[%‰])|(?<u>${UNIT_SOURCE}))?(?<post>以上|左右)?`;
const CHINESE_PERCENT = `(?<cnpct>(?<cnhedge>${HEDGE_SOURCE})?百分之(?<cnpv>${CHINESE_NUMERAL_SOURCE}))(?<cnpost>以上|左右)?`;

// Sticky scanners run only where nextCandidate says a match can start, one per kind of first
// character so each attempt tries only the alternatives that can start there (2 MB in ~40 ms).
const CHINESE_NUMERAL_START = '〇零一二两三四五六七八九十';
const SCANNER = new RegExp(`(?<skip>${NOT_QUANTITY_SOURCE})|${CHINESE_PERCENT}|${QUANTITY}`, 'y');
const DIGIT_SCANNER = new RegExp(`(?<skip>${DIGIT_LED_NOT_QUANTITY_SOURCE})|${QUANTITY}`, 'y');
const NUMERAL_SCANNER = new RegExp(`(?<skip>${IDIOM_SOURCE})|${QUANTITY}`, 'y');

function scannerFor(code: number): RegExp {
  if (code >= 0x30 && code <= 0x39) return DIGIT_SCANNER;
  return CHINESE_NUMERAL_START.includes(String.fromCharCode(code)) ? NUMERAL_SCANNER : SCANNER;
}
const AT = new RegExp(`${CHINESE_PERCENT}|${QUANTITY}`, 'y');
const NOT_AT = new RegExp(NOT_QUANTITY_SOURCE, 'y');

const OPEN_QUOTES = '“‘「『"\'';
const CLOSE_QUOTES = '”’」』"\'';
// After a bare number these make it a label, not a quantity (2.0版, 3级, 5楼).
const BARE_LABEL_AFTER = '版届期级楼层路线栋室';
const CHINESE_CORE = /[〇零一二两三四五六七八九十百千万亿]+/;

type Groups = Record<string, string | undefined>;

function isArabic(token: string): boolean {
  return /\d/.test(token);
}

/** A Chinese numeral that is a word rather than a count: lone 一 (一个, 一次), 二〇二四, “四个意识”. */
function chineseRejected(text: string, token: string, start: number, end: number): boolean {
  const core = CHINESE_CORE.exec(token)?.[0] ?? '';
  if (core === '一' || core === '零' || core === '〇') return true;
  if (core.length > 1 && /^[〇零一二两三四五六七八九]+$/.test(core)) return true;
  if (start > 0 && OPEN_QUOTES.includes(text[start - 1])) {
    for (let i = end; i < Math.min(text.length, end + 6); i++) if (CLOSE_QUOTES.includes(text[i])) return true;
  }
  return false;
}

/**
 * A number with no unit is kept only when it carries 万/亿/千 (经济总量突破2000亿, 近51万常住人口):
 * plain digits without a counter are labels, scores, codes or years far more often than counts.
 */
function bareRejected(text: string, token: string, end: number): boolean {
  if (!/[万亿千]/.test(token)) return true;
  return end < text.length && BARE_LABEL_AFTER.includes(text[end]);
}

function mention(value: number, unit: string | null, approx: boolean, text: string, start: number, end: number): NumberMention {
  return { value, unit, approx, quote: text.slice(start, end), start, end };
}

/** The mentions one scanner match yields (two for a range 3-5人), or none. */
function fromMatch(text: string, start: number, matched: string, g: Groups): NumberMention[] {
  const end = start + matched.length;
  if (g.cnpct !== undefined) {
    const v = parseChineseNumeral(g.cnpv ?? '');
    return v === null ? [] : [mention(v, '%', g.cnhedge !== undefined || g.cnpost !== undefined, text, start, end)];
  }
  const n = g.n ?? '';
  const parsed = parseNumberToken(n);
  if (!parsed) return [];
  // 十九届五次全会 is a session number; 数十人, 几十个 are no figures.
  if (start > 0 && '届数几'.includes(text[start - 1])) return [];
  const unit = g.u ?? g.pct ?? null;
  const arabic = isArabic(n);
  if (!arabic && (unit === null || chineseRejected(text, n, start, end))) return [];
  if (arabic && unit === null && bareRejected(text, n, end)) return [];
  const approx = parsed.approx || g.post !== undefined;
  if (g.n2 === undefined) return [mention(parsed.value, unit, approx, text, start, end)];
  const second = parseNumberToken(g.n2);
  if (!second) return [];
  const n2Start = start + n.length + (g.sep ?? '').length;
  // A range is not an exact figure: both ends are approximate and share the unit.
  return [
    mention(parsed.value, unit, true, text, start, start + n.length),
    mention(second.value, unit, true, text, n2Start, end),
  ];
}

/** Every quantity in `folded`, sorted by start and non-overlapping. Never throws. */
export function findNumbers(folded: string): NumberMention[] {
  const out: NumberMention[] = [];
  if (typeof folded !== 'string' || folded.length === 0) return out;
  for (let i = nextCandidate(folded, 0); i >= 0; ) {
    const scanner = scannerFor(folded.charCodeAt(i));
    scanner.lastIndex = i;
    const m = scanner.exec(folded);
    if (!m || m[0].length === 0) {
      i = nextCandidate(folded, i + 1);
      continue;
    }
    const g = m.groups as Groups;
    let next = i + m[0].length;
    // A range with no unit (3-5, 3至5月) is no quantity; rescan from its second number.
    if (g.n2 !== undefined && g.u === undefined && g.pct === undefined) next = i + (g.n ?? '').length;
    else if (g.skip === undefined) for (const x of fromMatch(folded, i, m[0], g)) out.push(x);
    i = nextCandidate(folded, next);
  }
  return out;
}

/** The quantity starting exactly at `index` (e.g. after a sanction word), or null. */
export function matchQuantity(folded: string, index: number): NumberMention | null {
  if (index > 0 && folded[index - 1] === '第') return null;
  NOT_AT.lastIndex = index;
  if (NOT_AT.test(folded)) return null;
  AT.lastIndex = index;
  const m = AT.exec(folded);
  if (!m || m[0].length === 0) return null;
  const g = m.groups as Groups;
  if (g.n2 !== undefined && g.u === undefined && g.pct === undefined) return null;
  return fromMatch(folded, index, m[0], g)[0] ?? null;
}

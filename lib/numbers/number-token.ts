// One number as written in a notice (42, 1,200, 185.82万, 3100余万, 近万, 二十七, 十余) and its value.
// The regex source is shared: the facts extractor embeds it in its own patterns.
import { parseChineseNumeral } from './chinese-numeral';

export { parseChineseNumeral };

/** Hedges written before a number (近万人次, 约1.1亿元, 超过300人). Longest first. */
export const HEDGE_PREFIXES = ['大约', '超过', '近', '约', '超', '逾'] as const;
/** Hedges written after a number or its 万/亿 (50余次, 3100余万元, 10多个, 1万余元). */
export const HEDGE_INFIXES = ['余', '多'] as const;

/**
 * A hedge before a number, as a non-capturing regex source. 约 and 近 also end words that are no
 * hedge (签约3个项目, 节约, 最近3年, 附近): there they are not taken.
 */
export const HEDGE_SOURCE = '(?:大约|超过|(?<![节签制预契合公条邀相集])约|(?<![最附邻靠就将])近|超|逾)';
// Thousands groups only of exactly three digits and not followed by a fourth (1,200 but not 12,3456).
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
// A Chinese numeral starts with a digit or 十 (never 百/千/万 alone: 千方百计, 千万).
const CN_BODY = '[〇零一二两三四五六七八九十百千]';
/** A Chinese numeral (十三, 两, 三千二百, 一万二千); non-capturing. */
export const CHINESE_NUMERAL_SOURCE = `[〇零一二两三四五六七八九十]${CN_BODY}*(?:[万亿]${CN_BODY}*)*`;
// 千 and 百万 only after Arabic digits in practice (4千人次, 3千万元); Chinese numerals carry their own.
const SCALE = '(?:万亿|千万|百万|[万亿千])';
const INFIX = '[余多]';

/**
 * Matches one number token (after NFKC folding). Only non-capturing groups; not preceded by a
 * digit or decimal point, so it never starts inside another number.
 */
// A magnitude with no digit before it: hedged (近万, 逾千万, 超百万) or with 余/多 (百余万元, 千余人).
// Unhedged 千万/百万 are words (千万不能, 百万雄师), and 三百余 is an ordinary numeral.
const BARE_SOURCE = `(?:${HEDGE_SOURCE}(?:千万|百万|万|千)${INFIX}?|(?<![〇零一二两三四五六七八九十])[百千]${INFIX}[万亿]?)`;
const BARE = new RegExp(`^(${HEDGE_SOURCE})?(?:([百千])${INFIX}([万亿])?|(千万|百万|万|千)${INFIX}?)$`);

export const NUMBER_TOKEN_SOURCE =
  String.raw`(?<![\d.]|\d,)` +
  `(?:${BARE_SOURCE}|${HEDGE_SOURCE}?` +
  `(?:${ARABIC}${INFIX}?(?:${SCALE}${INFIX}?)?|${CHINESE_NUMERAL_SOURCE}${INFIX}?(?:${SCALE}${INFIX}?)?))`;

const TOKEN_PARTS = new RegExp(
  `^(${HEDGE_SOURCE})?(?:(${ARABIC})|(${CHINESE_NUMERAL_SOURCE})|(?=万))(${INFIX})?(${SCALE})?(${INFIX})?$`,
);

const SCALE_EXPONENT: Record<string, number> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 亿: 8, 万亿: 12 };

/** Exact decimal scaling: 185.82 × 10⁴ is read as the string 18582e2, never as a float product. */
function scaleDecimal(arabic: string, exponent: number): number {
  const plain = arabic.replace(/,/g, '');
  const dot = plain.indexOf('.');
  if (dot < 0) return Number(`${plain}e${exponent}`);
  const digits = plain.slice(0, dot) + plain.slice(dot + 1);
  return Number(`${digits}e${exponent - (plain.length - dot - 1)}`);
}

/** Value (already scaled by 万/亿) and hedge of one token; null when it is not a number. */
export function parseNumberToken(token: string): { value: number; approx: boolean } | null {
  const bare = BARE.exec(token);
  if (bare) {
    const [, hedge, head, headScale, scale] = bare;
    if (head) return { value: (head === '百' ? 100 : 1000) * 10 ** (headScale ? SCALE_EXPONENT[headScale] : 0), approx: true };
    return hedge ? { value: 10 ** SCALE_EXPONENT[scale], approx: true } : null;
  }
  const m = TOKEN_PARTS.exec(token);
  if (!m) return null;
  const [, hedge, arabic, chinese, infix1, scale, infix2] = m;
  const approx = Boolean(hedge || infix1 || infix2);
  const exponent = scale ? SCALE_EXPONENT[scale] : 0;
  let value: number | null;
  if (arabic) value = scaleDecimal(arabic, exponent);
  else if (chinese) {
    const base = parseChineseNumeral(chinese);
    value = base === null ? null : base * 10 ** exponent;
  } else {
    // Bare 万 is a number only after a hedge (近万).
    value = hedge && scale === '万' ? 1e4 : null;
  }
  if (value === null || !Number.isFinite(value)) return null;
  return { value, approx };
}

// Chinese numerals (十三, 两, 一百零五, 三千二百, 一万二千, 二〇二四) to numbers.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Reads a Chinese numeral; null when the string is not one (empty, foreign characters, or
 * digits run together in a way no numeral is written, e.g. 十三五).
 * Pure digit strings of two or more characters (二〇二四) are read positionally, as years are.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let positional = s.length > 1;
  for (const ch of s) if (!(ch in DIGITS)) positional = false;
  if (positional) {
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch];
    return v;
  }
  let total = 0; // completed 亿 sections
  let section = 0; // below the current 万/亿
  let group = 0; // below 万, e.g. 三千二百
  let digit: number | null = null;
  let lastSmall = Infinity; // 十/百/千 must descend within a group
  for (const ch of s) {
    if (ch in DIGITS) {
      // Two non-zero digits in a row (十三五) is not a numeral.
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch];
      if (u >= lastSmall) return null;
      group += (digit ?? 1) * u;
      lastSmall = u;
      digit = null;
    } else if (ch in BIG_UNITS) {
      const u = BIG_UNITS[ch];
      const part = group + (digit ?? 0);
      if (u === 1e8) {
        total = (total + section + part) * 1e8;
        section = 0;
      } else {
        section += (part === 0 ? 1 : part) * 1e4;
      }
      group = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
  }
  return total + section + group + (digit ?? 0);
}

// Where the number scanner is worth running. A notice is mostly Chinese prose: a lookup table
// finds the few positions where a quantity, a date or a code can start, and skips runs of
// Chinese numerals that no unit follows (一是, 一把手, 十四五), which are most of the numerals.
import { UNITS } from './units';

const NONE = 0;
const DIGIT = 1;
const CHINESE = 2; // may start a Chinese numeral
const HEDGE = 3; // 大约, 超过, 近, 约, 逾, 超: only a number after it matters
const LATIN = 4; // codes like COVID-19, 5G
const OTHER = 5; // 第 (ordinals), 百/千 (百分之, 百余万, 千余人), brackets of document numbers and list markers

const KIND = new Uint8Array(65536);
const NUMERAL_BODY = new Uint8Array(65536); // continues a Chinese numeral, its scale and hedge
const AFTER_NUMERAL = new Uint8Array(65536); // can follow a Chinese numeral in a quantity

function mark(table: Uint8Array, chars: string, value: number): void {
  for (const ch of chars) table[ch.charCodeAt(0)] = value;
}
mark(KIND, '0123456789', DIGIT);
mark(KIND, '〇零一二两三四五六七八九十', CHINESE);
mark(KIND, '大超近约逾', HEDGE);
mark(KIND, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', LATIN);
mark(KIND, '第百千〔[(【', OTHER);
mark(NUMERAL_BODY, '〇零一二两三四五六七八九十百千万亿余多', 1);
for (const u of UNITS) AFTER_NUMERAL[u.charCodeAt(0)] = 1;
mark(AFTER_NUMERAL, '%‰ -~—–至到', 1);

function isNumberStart(code: number): boolean {
  // 万 for 近万, 百 for 逾百分之五十 and 超百万, 千 for 逾千万
  return KIND[code] === DIGIT || KIND[code] === CHINESE || code === 0x4e07 || code === 0x767e || code === 0x5343;
}

/** The next position at or after `from` where the scanner may match, or -1. */
export function nextCandidate(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === NONE) continue;
    if (kind === DIGIT || kind === OTHER) return i;
    if (kind === HEDGE) {
      // 大约 / 超过 are two characters long
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const after = next === 0x7ea6 || next === 0x8fc7 ? (i + 2 < n ? text.charCodeAt(i + 2) : 0) : next;
      if (isNumberStart(after)) return i;
      continue;
    }
    let j = i + 1;
    if (kind === LATIN) {
      while (j < n && KIND[text.charCodeAt(j)] === LATIN) j++;
      const c = j < n ? text.charCodeAt(j) : 0;
      const d = c === 0x2d || c === 0x2e ? (j + 1 < n ? text.charCodeAt(j + 1) : 0) : c;
      if (KIND[d] === DIGIT) return i;
      i = j - 1;
      continue;
    }
    while (j < n && NUMERAL_BODY[text.charCodeAt(j)] === 1) j++;
    if (j < n && AFTER_NUMERAL[text.charCodeAt(j)] === 1) return i;
    i = j - 1;
  }
  return -1;
}

// Per-code-unit tables behind foldText, built once on first use from Unicode NFKC and
// opencc-js's own traditional→simplified dictionaries (the `t`→`cn` converter's data).
// A character is folded only when its replacement is exactly one UTF-16 code unit, so the
// folded text keeps every offset of the original.
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

export interface FoldTables {
  /** NFKC (plus whitespace) for each BMP code unit; 0 = unchanged. */
  nfkc: Uint16Array;
  /** NFKC then character-level traditional→simplified; 0 = unchanged. */
  full: Uint16Array;
  /** Bit flags: TRADITIONAL (its simplified form differs) and CONTEXTUAL (some phrase converts
   *  it differently than the character table, so its Han run goes through OpenCC). */
  trad: Uint8Array;
  /** OpenCC's t→cn converter (phrases, then characters). */
  convert: (s: string) => string;
}

// List markers and super/subscripts stay as written: NFKC would turn ① into "1" and ² into "2"
// and glue them onto the digits that follow ("①2021年" → "12021年").
const KEEP = [
  [0x00b2, 0x00b3], [0x00b9, 0x00b9], [0x00bc, 0x00be], [0x2070, 0x209f],
  [0x2460, 0x24ff], [0x2776, 0x2793], [0x3200, 0x33ff],
] as const;

function keep(c: number): boolean {
  for (const [a, b] of KEEP) if (c >= a && c <= b) return true;
  return false;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function parseDict(dict: string): [string, string][] {
  return dict.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)];
  });
}

function buildNfkc(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    // Unified ideographs and Hangul syllables are NFKC-stable; surrogates are halves of pairs.
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xdfff)) continue;
    if (keep(c)) continue;
    const n = String.fromCharCode(c).normalize('NFKC');
    if (n.length === 1 && n.charCodeAt(0) !== c) table[c] = n.charCodeAt(0);
  }
  // Every space variant (NBSP, U+3000, thin spaces …) reads as one ASCII space.
  for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a]) table[c] = 0x20;
  // Line and paragraph separators read as newlines.
  for (const c of [0x0085, 0x2028, 0x2029]) table[c] = 0x0a;
  return table;
}

// 著 is standard simplified (显著, 著名) though Taiwan usage lists it as a variant of 着.
const NOT_VARIANTS = new Set(['著']);

/** Hong Kong / Taiwan variant characters the t→cn tables do not know (衞 → 衛 → 卫, 敍 → 叙):
 *  added through their standard traditional form, unless the character is itself simplified. */
function addVariants(chars: Map<number, number>, tsCharacters: string): void {
  const simplified = new Set(parseDict(tsCharacters).map(([, dst]) => dst));
  for (const [src, dst] of [...parseDict(HKVariantsRev), ...parseDict(TWVariantsRev)]) {
    if (src.length !== 1 || dst.length !== 1 || NOT_VARIANTS.has(src) || simplified.has(src)) continue;
    const code = src.charCodeAt(0);
    if (chars.has(code)) continue;
    const target = chars.get(dst.charCodeAt(0)) ?? dst.charCodeAt(0);
    if (target !== code) chars.set(code, target);
  }
}

export const TRADITIONAL = 1;
export const CONTEXTUAL = 2;

let tables: FoldTables | null = null;

export function foldTables(): FoldTables {
  if (tables) return tables;
  const nfkc = buildNfkc();
  const chars = new Map<number, number>();
  for (const [src, dst] of parseDict(TSCharacters)) {
    if (src.length === 1 && dst.length === 1 && src !== dst) chars.set(src.charCodeAt(0), dst.charCodeAt(0));
  }
  addVariants(chars, TSCharacters);
  const full = new Uint16Array(0x10000);
  const trad = new Uint8Array(0x10000);
  for (const [src, dst] of chars) {
    full[src] = dst;
    trad[src] = TRADITIONAL;
  }
  for (let c = 0; c < 0x10000; c++) {
    const n = nfkc[c];
    if (!n) continue;
    const s = chars.get(n);
    full[c] = s ?? n;
    if (s !== undefined) trad[c] = TRADITIONAL;
  }
  const charLevel = (s: string) => {
    let out = '';
    for (let i = 0; i < s.length; i++) out += String.fromCharCode(chars.get(s.charCodeAt(i)) ?? s.charCodeAt(i));
    return out;
  };
  // Where a phrase converts differently than its characters one by one (乾隆 keeps 乾, 瞭解 →
  // 了解), those characters mark their run for the phrase-aware converter.
  for (const [src, dst] of parseDict(TSPhrases)) {
    const level = charLevel(src);
    for (let i = 0; i < src.length; i++) {
      if (level.length !== dst.length || level[i] !== dst[i]) trad[src.charCodeAt(i)] |= CONTEXTUAL;
    }
  }
  // Compatibility forms (U+F900…) of such characters behave like them.
  for (let c = 0; c < 0x10000; c++) if (nfkc[c] && trad[nfkc[c]] & CONTEXTUAL) trad[c] |= CONTEXTUAL;
  // The phrase-aware converter is only needed for traditional text: built on first use.
  let converter: ((s: string) => string) | null = null;
  const convert = (s: string) => (converter ??= ConverterFactory([[TSPhrases, TSCharacters]]))(s);
  tables = { nfkc, full, trad, convert };
  return tables;
}

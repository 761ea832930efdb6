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
  /** NFKC (plus whitespace) for each BMP code unit; 0 = unchanged. Valid once `ready[c]`. */
  nfkc: Uint16Array;
  /** NFKC then character-level traditional→simplified; 0 = unchanged. */
  full: Uint16Array;
  /** Bit flags: TRADITIONAL (its simplified form differs) and CONTEXTUAL (some phrase converts
   *  it differently than the character table, so its Han run goes through OpenCC). */
  trad: Uint8Array;
  /** OpenCC's t→cn converter (phrases, then characters). */
  convert: (s: string) => string;
  /** 1 where the three tables above are filled in for that code unit. */
  ready: Uint8Array;
  /** Fills the tables in for one code unit (NFKC is computed on first sight, not up front:
   *  normalising all 65,536 code units costs a content script tens of ms on every page). */
  resolve: (c: number) => void;
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

// Every space variant (NBSP, U+3000, thin spaces …) reads as one ASCII space; line and
// paragraph separators read as newlines.
const SPACES = new Set([0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a]);
const NEWLINES = new Set([0x0085, 0x2028, 0x2029]);

function nfkcOf(c: number): number {
  if (SPACES.has(c)) return 0x20;
  if (NEWLINES.has(c)) return 0x0a;
  if (keep(c) || (c >= 0xd800 && c <= 0xdfff)) return 0; // surrogates are halves of pairs
  const n = String.fromCharCode(c).normalize('NFKC');
  return n.length === 1 && n.charCodeAt(0) !== c ? n.charCodeAt(0) : 0;
}

/** Code units that NFKC leaves alone and that are ready from the start: ASCII, the unified
 *  ideographs (whose only folding is traditional→simplified) and Hangul syllables. */
function initialReady(): Uint8Array {
  const ready = new Uint8Array(0x10000);
  ready.fill(1, 0, 0x80);
  ready.fill(1, 0x3400, 0xa000);
  ready.fill(1, 0xac00, 0xd7a4);
  return ready;
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
  const nfkc = new Uint16Array(0x10000);
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
  const ready = initialReady();
  const resolve = (c: number) => {
    if (ready[c]) return;
    ready[c] = 1;
    const n = nfkcOf(c);
    if (!n) return;
    nfkc[c] = n;
    const s = chars.get(n);
    full[c] = s ?? n;
    if (s !== undefined) trad[c] |= TRADITIONAL;
    // Compatibility forms (U+F900…) of contextual characters behave like them.
    if (trad[n] & CONTEXTUAL) trad[c] |= CONTEXTUAL;
  };
  // The phrase-aware converter is only needed for traditional text: built on first use.
  let converter: ((s: string) => string) | null = null;
  const convert = (s: string) => (converter ??= ConverterFactory([[TSPhrases, TSCharacters]]))(s);
  tables = { nfkc, full, trad, convert, ready, resolve };
  return tables;
}

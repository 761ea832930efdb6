// Folding for matching: NFKC and traditional→simplified, character by character, so that the
// folded copy has exactly the length of the original and every offset in it is an offset in
// the page. Simplified ASCII-punctuated text comes back as the same string (no copy).
import { CONTEXTUAL, foldTables, isHan, TRADITIONAL } from './fold-tables';

const CHUNK = 8192;

export function foldText(text: string): string {
  const { full, trad, ready, resolve } = foldTables();
  const n = text.length;
  let out: Uint16Array | null = null;
  let flags = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!ready[c]) resolve(c);
    const f = full[c];
    flags |= trad[c];
    if (f) {
      if (!out) {
        out = new Uint16Array(n);
        for (let j = 0; j < i; j++) out[j] = text.charCodeAt(j);
      }
      out[i] = f;
    } else if (out) out[i] = c;
  }
  if (!out) return text;
  // Phrases only matter in traditional text; simplified text never meets OpenCC's phrase table.
  if (flags === (TRADITIONAL | CONTEXTUAL)) convertPhrases(text, out);
  return fromCodeUnits(out);
}

// Characters whose simplified form depends on the word (乾隆 vs 乾淨, 瞭解 …): their run of Han
// characters goes through OpenCC's phrase-aware converter, kept only if it keeps the length.
function convertPhrases(text: string, out: Uint16Array): void {
  const { nfkc, trad, convert, ready, resolve } = foldTables();
  const han = (i: number) => {
    const c = text.charCodeAt(i);
    if (!ready[c]) resolve(c);
    return isHan(nfkc[c] || c);
  };
  for (let i = 0; i < text.length; i++) {
    if (!(trad[text.charCodeAt(i)] & CONTEXTUAL)) continue;
    let a = i;
    while (a > 0 && han(a - 1)) a--;
    let b = i + 1;
    while (b < text.length && han(b)) b++;
    let run = '';
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k); // resolved by han() above
      run += String.fromCharCode(nfkc[c] || c);
    }
    const converted = convert(run);
    if (converted.length === run.length) for (let k = 0; k < run.length; k++) out[a + k] = converted.charCodeAt(k);
    i = b - 1;
  }
}

function fromCodeUnits(units: Uint16Array): string {
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** True when the text is written in traditional characters (≥ 2% of its Han characters are
 *  traditional-only), e.g. to label a page or choose the UI's traditional labels. */
export function isTraditional(text: string): boolean {
  const { nfkc, trad, ready, resolve } = foldTables();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!ready[c]) resolve(c);
    if (trad[c] & TRADITIONAL) traditional++;
    if (isHan(nfkc[c] || c)) han++;
  }
  return traditional >= 2 && traditional * 50 >= han;
}

/** A value in simplified characters (NFKC, then OpenCC t→cn with phrases). Unlike foldText,
 *  the length may change; use it for stored field values, never for offsets. */
export function toSimplified(s: string): string {
  return foldTables().convert(s.normalize('NFKC'));
}

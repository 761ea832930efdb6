// The page text with every whitespace character removed, and where each kept character was.
// Re-wrapped paragraphs, a table cell that became a line, or a '\n' between blocks that the new
// layout adds or drops change only whitespace: compared without it, the fact's words still agree.

export interface Stripped {
  /** The text without whitespace. */
  text: string;
  /** map[i]: offset in the original text of stripped character i. */
  map: Int32Array;
}

/** What /\s/ matches, by code unit: a regex call per character is too slow on a 20 M text. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function stripWhitespace(text: string): Stripped {
  const map = new Int32Array(text.length);
  const kept: string[] = [];
  let n = 0;
  // Chunks of kept characters between runs of whitespace: joined once at the end.
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (runStart >= 0) kept.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    map[n++] = i;
  }
  if (runStart >= 0) kept.push(text.slice(runStart));
  return { text: kept.join(''), map: map.subarray(0, n) };
}

/** Removes whitespace from a short string (a quote or its context). */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** The stripped offset of the first kept character at or after original offset `offset`. */
export function strippedOffset(stripped: Stripped, offset: number): number {
  const { map } = stripped;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original offsets [start, end) of stripped span [s, e) (e > s): from its first to its last kept character. */
export function originalSpan(stripped: Stripped, s: number, e: number): { start: number; end: number } {
  return { start: stripped.map[s], end: stripped.map[e - 1] + 1 };
}

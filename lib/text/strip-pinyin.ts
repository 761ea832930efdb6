// Some mirrors print the reading of characters in brackets after them: 衛(wèi)生(shēng)健(jiàn)康(kāng).
// Matching wants the characters side by side again, so detection and the notice fields read a
// copy without those annotations (their values are strings, never offsets), and the facts read it
// through `stripPinyinMapped`, whose offsets map back to the page's own text.

/** One or more pinyin syllables (lower case, tone marks or tone digits) in ASCII or full-width
 *  brackets, one or a few in a row. It starts with the bracket so that the engine scans for it quickly; the Han
 *  character before it is checked in the callback. */
const SOURCE = String.raw`(?:[(（](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?\s?){1,4}[)）]){1,3}`;
const ANY = new RegExp(SOURCE);
const ALL = new RegExp(SOURCE, 'g');

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

export function stripPinyin(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(ALL, (m: string, offset: number) => (isHan(text.charCodeAt(offset - 1)) ? '' : m));
}

/** Spans [start, end) of the annotations to drop (after a Han character). */
function annotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  ALL.lastIndex = 0;
  for (let m = ALL.exec(text); m; m = ALL.exec(text)) {
    if (isHan(text.charCodeAt(m.index - 1))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export interface Stripped {
  /** `texts` with the annotations cut out, in the same order. */
  texts: string[];
  /** The offset in the unstripped text of a stripped start (a start at a cut maps past the annotation). */
  startToOriginal(offset: number): number;
  /** Likewise for an end (an end at a cut stays just after its character, before the annotation). */
  endToOriginal(offset: number): number;
}

/**
 * Cuts the same annotations out of several texts of one length (the folded text, and the original
 * that quotes come from), found on the first; null when there are none.
 */
export function stripPinyinMapped(...texts: string[]): Stripped | null {
  if (!ANY.test(texts[0])) return null;
  const spans = annotations(texts[0]);
  if (spans.length === 0) return null;
  const cut = (t: string) => {
    let out = '';
    let at = 0;
    for (const [from, to] of spans) {
      out += t.slice(at, from);
      at = to;
    }
    return out + t.slice(at);
  };
  // starts[k]: the stripped offset where the text after span k begins; shift[k]: characters removed so far.
  const starts: number[] = [];
  const shift: number[] = [];
  let removed = 0;
  for (const [from, to] of spans) {
    removed += to - from;
    starts.push(to - removed);
    shift.push(removed);
  }
  /** Characters removed before `offset`: those of the spans cut before it (or at it, for a start). */
  const removedBefore = (offset: number, atCut: boolean) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset || (atCut && starts[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : shift[lo - 1];
  };
  return {
    texts: texts.map(cut),
    startToOriginal: (offset) => offset + removedBefore(offset, true),
    endToOriginal: (offset) => offset + removedBefore(offset, false),
  };
}

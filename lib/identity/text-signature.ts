// A compact fingerprint of a page text, to tell "the same notice, edited" from "another
// notice at the same URL" without keeping the text: a bottom-k MinHash sketch (the k smallest
// distinct hashes of the text's character 4-grams). Two sketches estimate the Jaccard
// similarity of the two texts' 4-gram sets (exactly, for texts under k 4-grams); with k = 128
// the estimate's spread is about ±0.035 around 0.8. One hash per character: 5 MB in well
// under a second, in pure JS (lib/ has no crypto).

export const SIGNATURE_SIZE = 128;
const SHINGLE = 4;

/** murmur3's finaliser: spreads FNV's bits so the smallest hashes are a fair sample. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function shingleHash(text: string, at: number, length: number): number {
  let h = 0x811c9dc5;
  for (let j = at; j < at + length; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  return mix(h);
}

function smallestDistinct(values: number[], k: number): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out[out.length - 1] !== v && out.push(v) === k) break;
  return out;
}

/** The sketch of a text. Whitespace is left out: re-wrapped lines or a flattening that puts
 *  breaks elsewhere change nothing (Chinese has no spaces between words to lose). */
export function textSignature(text: string): number[] {
  const t = text.replace(/\s+/g, '');
  if (!t) return [];
  if (t.length < SHINGLE) return [shingleHash(t, 0, t.length)];
  let kept: number[] = [];
  let limit = 2 ** 32;
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    const h = shingleHash(t, i, SHINGLE);
    if (h >= limit) continue;
    kept.push(h);
    if (kept.length >= 4 * SIGNATURE_SIZE) {
      kept = smallestDistinct(kept, SIGNATURE_SIZE);
      if (kept.length === SIGNATURE_SIZE) limit = kept[SIGNATURE_SIZE - 1];
    }
  }
  return smallestDistinct(kept, SIGNATURE_SIZE);
}

/** Estimated Jaccard similarity (0…1) of the texts behind two sketches (sorted ascending). */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0;
  // The k smallest of the union, walked in order; count those present in both sketches.
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < SIGNATURE_SIZE && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return both / seen;
}

// Bounded approximate substring search (edit distance), as Hypothesis's anchoring does with
// approx-string-match: Myers' bit-parallel algorithm finds every end where the pattern matches
// with at most k errors in one pass over the text (patterns up to 32 characters); longer patterns
// use the plain dynamic programme. The start of a match is recovered by a small DP backwards.

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Ends (exclusive) with their error counts, the best end of each run of neighbouring ends only. */
export function approximateEnds(text: string, pattern: string, k: number): { end: number; errors: number }[] {
  const raw = pattern.length <= 32 ? myersEnds(text, pattern, k) : dpEnds(text, pattern, k);
  // Neighbouring ends describe one match (one more or less character): keep each run's best.
  const out: { end: number; errors: number }[] = [];
  for (const hit of raw) {
    const last = out[out.length - 1];
    if (last && hit.end - last.end <= k + 1) {
      if (hit.errors < last.errors) out[out.length - 1] = hit;
      continue;
    }
    out.push(hit);
  }
  return out;
}

function myersEnds(text: string, pattern: string, k: number): { end: number; errors: number }[] {
  const m = pattern.length;
  // Pattern bit masks by UTF-16 code unit, in one shared table (cleared again below): a direct
  // index is several times faster than a Map on a long text.
  const peq = (PEQ ??= new Int32Array(0x10000));
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const out: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const eq = peq[text.charCodeAt(j)];
    const xv = eq | mv;
    // ToInt32 keeps the low 32 bits of the exact sum: carries only run upwards, so bit m-1 is right.
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // Search, not global match: a match may start anywhere (no carry-in of 1).
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) out.push({ end: j + 1, errors: score });
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return out;
}

let PEQ: Int32Array | undefined;

function dpEnds(text: string, pattern: string, k: number): { end: number; errors: number }[] {
  const m = pattern.length;
  let col = new Int32Array(m + 1).map((_, i) => i);
  let next = new Int32Array(m + 1);
  const out: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    next[0] = 0;
    const c = text[j];
    for (let i = 1; i <= m; i++) {
      next[i] = Math.min(col[i - 1] + (pattern[i - 1] === c ? 0 : 1), col[i] + 1, next[i - 1] + 1);
    }
    [col, next] = [next, col];
    if (col[m] <= k) out.push({ end: j + 1, errors: col[m] });
  }
  return out;
}

/** The start of the best match of `pattern` ending at `end` with at most k errors. */
export function matchStart(text: string, pattern: string, end: number, k: number): ApproxMatch {
  const m = pattern.length;
  const from = Math.max(0, end - m - k);
  // dist[i]: edit distance of pattern vs text[end - i, end), over reversed strings.
  let col = new Int32Array(m + 1).map((_, i) => i);
  let best = { start: end - Math.min(m, end), errors: Infinity };
  for (let len = 0; len <= end - from; len++) {
    if (len > 0) {
      const c = text[end - len];
      const next = new Int32Array(m + 1);
      next[0] = len;
      for (let i = 1; i <= m; i++) {
        next[i] = Math.min(col[i - 1] + (pattern[m - i] === c ? 0 : 1), col[i] + 1, next[i - 1] + 1);
      }
      col = next;
    }
    // Fewest errors; among equals, the length nearest the pattern's.
    if (col[m] < best.errors || (col[m] === best.errors && Math.abs(len - m) < Math.abs(end - best.start - m))) {
      best = { start: end - len, errors: col[m] };
    }
  }
  return { start: best.start, end, errors: best.errors };
}

// Extraction for big pages without freezing the tab. Small texts go through `extract` in
// one go. Above SLICE_THRESHOLD the text is cut into paragraph-aligned chunks (the extractor's
// facts and numbers are paragraph-local), each chunk runs the same pipeline stages as
// lib/extract.ts, offsets are shifted back, and the page yields between chunks. Detection and
// the notice fields read the first chunk (where titles and summaries live) and the last one
// (signature, date).
import { EMPTY_NOTICE, type Extraction, type Fact, type NumberMention } from '../../lib/contract';
import { detectNotice } from '../../lib/detect/detect-notice';
import { extract } from '../../lib/extract';
import { extractEnglish, looksEnglish, type Nlp } from '../../lib/english/extract-english';
import { computeChecks } from '../../lib/facts/compute-checks';
import { extractFacts } from '../../lib/facts/extract-facts';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { findNumbers } from '../../lib/numbers/find-numbers';
import { foldText } from '../../lib/text/fold';

export const SLICE_THRESHOLD = 300_000;
export const CHUNK_SIZE = 100_000;
/** compromise is far slower than the Chinese patterns, so English chunks are smaller. */
export const ENGLISH_CHUNK_SIZE = 15_000;

export interface SliceOptions {
  source?: string;
  /** Chunk the text when it is longer than this (default SLICE_THRESHOLD). */
  threshold?: number;
  chunkSize?: number;
  /** Called between chunks; resolve to continue (e.g. a macrotask yield). */
  pause?: () => Promise<void>;
  /**
   * compromise's `nlp` for English (machine-translated) pages, loaded on demand. Not imported
   * here: bundled into the content script it would cost every page ~40 ms of script compile.
   */
  loadNlp?: () => Promise<Nlp | null>;
}

/** [start, end) chunks of at most `max` characters, cut just after a '\n' where there is one. */
export function paragraphChunks(text: string, max: number): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl >= start) end = nl + 1;
      else if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1; // never split a pair
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

export async function extractInSlices(text: string, options: SliceOptions = {}): Promise<Extraction> {
  const source = options.source ?? '';
  const english = looksEnglish(text);
  const nlp = (english && (await options.loadNlp?.())) || undefined;
  if (text.length <= (options.threshold ?? SLICE_THRESHOLD)) return extract(text, { source, nlp });
  const pause = options.pause ?? (() => Promise.resolve());
  const chunks = paragraphChunks(text, options.chunkSize ?? (nlp ? ENGLISH_CHUNK_SIZE : CHUNK_SIZE));
  const facts: Fact[] = [];
  const numbers: NumberMention[] = [];
  let headlineChunkSeen = false;
  let first: ReturnType<typeof runChunk> | null = null;
  let last: ReturnType<typeof runChunk> | null = null;
  for (let k = 0; k < chunks.length; k++) {
    if (k > 0) await pause();
    const { start, end } = chunks[k];
    const part = runChunk(text.slice(start, end), nlp, k === 0);
    if (k === 0) first = part;
    last = part;
    if (k === 0 && !part.detection.isNotice) break; // not a notice: nothing else to find
    // `headline` marks the summary of totals: trust it only in the first chunk that has facts.
    const keepHeadline = !headlineChunkSeen;
    if (part.facts.length) headlineChunkSeen = true;
    for (const f of part.facts) facts.push({ ...f, start: f.start + start, end: f.end + start, headline: keepHeadline && f.headline });
    for (const n of part.numbers) numbers.push({ ...n, start: n.start + start, end: n.end + start });
  }
  const detection = first!.detection;
  if (!detection.isNotice) return { source, detection, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [], checks: [] };
  const notice = first!.noticeFrom(last === first ? null : last);
  return { source, detection, notice, facts, numbers, checks: computeChecks(facts) };
}

function runChunk(chunk: string, nlp: Nlp | undefined, detect: boolean) {
  if (nlp) {
    let r: ReturnType<typeof extractEnglish>;
    try {
      r = extractEnglish(chunk, nlp);
    } catch {
      r = { detection: { isNotice: false, score: 0, reasons: [] }, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [] };
    }
    return { detection: r.detection, facts: r.facts, numbers: r.numbers, folded: chunk, noticeFrom: () => r.notice };
  }
  const folded = foldText(chunk);
  const detection = detect ? detectNotice(folded) : { isNotice: true, score: 1, reasons: [] };
  const numbers = findNumbers(folded).map((n) => ({ ...n, quote: chunk.slice(n.start, n.end) }));
  const facts = extractFacts(folded, chunk, numbers);
  return {
    detection,
    facts,
    numbers,
    folded,
    // Head and tail together: title, inspection sentence and body come first, issuer and date last.
    noticeFrom: (tail: { folded: string } | null) => extractNoticeFields(tail ? `${folded}\n${tail.folded}` : folded),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

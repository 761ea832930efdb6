// Extraction for big pages without freezing the tab. Small texts go through `extract` in
// one go. Above SLICE_THRESHOLD the text is cut into paragraph-aligned chunks (the extractor's
// facts and numbers are paragraph-local), each chunk runs the same pipeline stages as
// lib/extract.ts, offsets are shifted back, and the page yields between chunks. Detection and
// the notice fields read the text's head and tail (headAndTail).
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
/** Characters from each end of a big text that detection and the notice fields read. */
export const DETECT_SPAN = 100_000;

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

/**
 * What detection and the notice fields read: the whole text when it is short, else its first and
 * last DETECT_SPAN characters (titles, the opening sentence and the summary come first; the
 * signature, the date and the closing cues last), cut at paragraph boundaries.
 */
export function headAndTail(text: string, span = DETECT_SPAN): string {
  if (text.length <= 2 * span) return text;
  const headEnd = text.lastIndexOf('\n', span);
  const tailStart = text.indexOf('\n', text.length - span);
  const head = text.slice(0, headEnd > 0 ? headEnd : span);
  const tail = text.slice(tailStart >= 0 ? tailStart + 1 : text.length - span);
  return `${head}\n${tail}`;
}

export async function extractInSlices(text: string, options: SliceOptions = {}): Promise<Extraction> {
  const source = options.source ?? '';
  const english = looksEnglish(text);
  const nlp = (english && (await options.loadNlp?.())) || undefined;
  if (text.length <= (options.threshold ?? SLICE_THRESHOLD)) return extract(text, { source, nlp });
  const pause = options.pause ?? (() => Promise.resolve());
  const empty = (detection: Extraction['detection']): Extraction =>
    ({ source, detection, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [], checks: [] });

  const outline = headAndTail(text);
  let detection: Extraction['detection'];
  let notice: Extraction['notice'];
  if (nlp) {
    const r = englishOf(outline, nlp);
    detection = r.detection;
    notice = r.notice;
  } else {
    const folded = foldText(outline);
    detection = detectNotice(folded);
    notice = detection.isNotice ? extractNoticeFields(folded) : { ...EMPTY_NOTICE };
  }
  if (!detection.isNotice) return empty(detection);

  const chunks = paragraphChunks(text, options.chunkSize ?? (nlp ? ENGLISH_CHUNK_SIZE : CHUNK_SIZE));
  const facts: Fact[] = [];
  const numbers: NumberMention[] = [];
  let headlineChunkSeen = false;
  for (const { start, end } of chunks) {
    await pause();
    const part = partOf(text.slice(start, end), nlp);
    // `headline` marks the summary of totals: trust it only in the first chunk that has facts.
    const keepHeadline = !headlineChunkSeen;
    if (part.facts.length) headlineChunkSeen = true;
    for (const f of part.facts) facts.push({ ...f, start: f.start + start, end: f.end + start, headline: keepHeadline && f.headline });
    for (const n of part.numbers) numbers.push({ ...n, start: n.start + start, end: n.end + start });
  }
  return { source, detection, notice, facts, numbers, checks: computeChecks(facts) };
}

function englishOf(text: string, nlp: Nlp): ReturnType<typeof extractEnglish> {
  try {
    return extractEnglish(text, nlp);
  } catch {
    return { detection: { isNotice: false, score: 0, reasons: [] }, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [] };
  }
}

/** One chunk's numbers and facts, by the same stages as lib/extract.ts. */
function partOf(chunk: string, nlp: Nlp | undefined): { facts: Fact[]; numbers: NumberMention[] } {
  if (nlp) return englishOf(chunk, nlp);
  const folded = foldText(chunk);
  const numbers = findNumbers(folded).map((n) => ({ ...n, quote: chunk.slice(n.start, n.end) }));
  return { numbers, facts: extractFacts(folded, chunk, numbers) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

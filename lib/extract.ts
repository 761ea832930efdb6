// The extraction pipeline: one pure function from a document's text to the contract's record.
// Offsets and quotes always point into `text` as given; matching runs on a folded copy of
// the same length (NFKC + traditional→simplified), so the two share every offset.
import { EMPTY_NOTICE, type Extraction } from './contract';
import { detectNotice } from './detect/detect-notice';
import { extractEnglish, looksEnglish, type Nlp } from './english/extract-english';
import { computeChecks } from './facts/compute-checks';
import { extractFacts } from './facts/extract-facts';
import { extractNoticeFields } from './notice/extract-notice-fields';
import { findNumbers } from './numbers/find-numbers';
import { foldText } from './text/fold';

export interface ExtractOptions {
  source?: string;
  /** compromise's `nlp`, needed only for English (machine-translated) pages. */
  nlp?: Nlp;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const source = options.source ?? '';
  if (options.nlp && looksEnglish(text)) {
    const english = extractEnglish(text, options.nlp);
    const isNotice = english.detection.isNotice;
    return {
      source,
      detection: english.detection,
      notice: isNotice ? english.notice : { ...EMPTY_NOTICE },
      facts: isNotice ? english.facts : [],
      numbers: isNotice ? english.numbers : [],
      checks: isNotice ? computeChecks(english.facts) : [],
    };
  }
  const folded = foldText(text);
  const detection = detectNotice(folded);
  if (!detection.isNotice) {
    return { source, detection, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [], checks: [] };
  }
  const numbers = findNumbers(folded).map((n) => ({ ...n, quote: text.slice(n.start, n.end) }));
  const facts = extractFacts(folded, text, numbers);
  return {
    source,
    detection,
    notice: extractNoticeFields(folded),
    facts,
    numbers,
    checks: computeChecks(facts),
  };
}

/** Like `extract`, loading compromise only when the text is English. */
export async function extractAuto(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  if (!options.nlp && looksEnglish(text)) {
    const { default: nlp } = await import('compromise');
    return extract(text, { ...options, nlp: nlp as unknown as Nlp });
  }
  return extract(text, options);
}

// The extraction pipeline: one pure function from a document's text to the contract's record.
// Offsets and quotes always point into `text` as given; matching runs on a folded copy of
// the same length (NFKC + traditional→simplified), so the two share every offset.
import { EMPTY_NOTICE, type Extraction } from './contract';
import { detectNotice } from './detect/detect-notice';
import { extractEnglish, looksEnglish, type Nlp } from './english/extract-english';
import { computeChecks } from './facts/compute-checks';
import { toFact } from './facts/make-fact';
import { readFacts } from './facts/read-facts';
import { extractNoticeFields } from './notice/extract-notice-fields';
import { foldText } from './text/fold';

export interface ExtractOptions {
  source?: string;
  /** compromise's `nlp`, needed only for English (machine-translated) pages. */
  nlp?: Nlp;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return explainExtraction(text, options).extraction;
}

/** An extraction and, for each of its facts (same order), the id of the rule that made it. */
export interface ExplainedExtraction {
  extraction: Extraction;
  rules: string[];
}

export function explainExtraction(text: string, options: ExtractOptions = {}): ExplainedExtraction {
  const source = options.source ?? '';
  if (options.nlp && looksEnglish(text)) {
    const english = extractEnglish(text, options.nlp);
    const isNotice = english.detection.isNotice;
    const facts = isNotice ? english.facts : [];
    const extraction: Extraction = {
      source,
      detection: english.detection,
      notice: isNotice ? english.notice : { ...EMPTY_NOTICE },
      facts,
      numbers: isNotice ? english.numbers : [],
      checks: isNotice ? computeChecks(english.facts, text) : [],
    };
    return { extraction, rules: facts.map(() => 'english') };
  }
  const folded = foldText(text);
  const detection = detectNotice(folded);
  if (!detection.isNotice) {
    return { extraction: { source, detection, notice: { ...EMPTY_NOTICE }, facts: [], numbers: [], checks: [] }, rules: [] };
  }
  const { found, numbers } = readFacts(folded, text);
  const facts = found.map(toFact);
  const extraction: Extraction = {
    source,
    detection,
    notice: extractNoticeFields(folded),
    facts,
    numbers,
    checks: computeChecks(facts, folded),
  };
  return { extraction, rules: found.map((f) => f.rule) };
}

/** Like `explainExtraction`, loading compromise only when the text is English. */
export async function explainAuto(text: string, options: ExtractOptions = {}): Promise<ExplainedExtraction> {
  if (!options.nlp && looksEnglish(text)) {
    const { default: nlp } = await import('compromise');
    return explainExtraction(text, { ...options, nlp: nlp as unknown as Nlp });
  }
  return explainExtraction(text, options);
}

/** Like `extract`, loading compromise only when the text is English. */
export async function extractAuto(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  return (await explainAuto(text, options)).extraction;
}

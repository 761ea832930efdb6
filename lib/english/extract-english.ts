// The English path of the pipeline (a page the browser machine-translated): detection,
// numbers, facts and notice fields in the contract's shape, labels and codes from the
// vocabulary. compromise (`nlp`) is only used on short number-word windows. Never throws.
import { EMPTY_NOTICE, type Detection, type Fact, type NoticeFields, type NumberMention } from '../contract';
import { detectEnglish } from './english-detect';
import { extractEnglishFacts } from './english-facts';
import { extractEnglishNotice } from './english-notice';
import { findEnglishNumbers, type Nlp } from './english-numbers';

export type { Nlp } from './english-numbers';
export { looksEnglish } from './looks-english';

export interface EnglishExtraction {
  detection: Detection;
  notice: NoticeFields;
  facts: Fact[];
  numbers: NumberMention[];
}

export function extractEnglish(text: string, nlp: Nlp): EnglishExtraction {
  try {
    const numbers = findEnglishNumbers(text, nlp);
    const facts = extractEnglishFacts(text, numbers);
    const sanctionFigures = facts.filter((f) => f.kind === 'sanction' && f.value !== null).length;
    const detection = detectEnglish(text, sanctionFigures);
    return { detection, notice: extractEnglishNotice(text), facts, numbers };
  } catch (err) {
    // A bug here must not lose the page: report it as the detection's reason instead.
    return {
      detection: { isNotice: false, score: 0, reasons: [`English extraction failed: ${String(err)}`] },
      notice: { ...EMPTY_NOTICE },
      facts: [],
      numbers: [],
    };
  }
}

// The record a frame sends to be saved: the page's addresses, a hash of its text, the
// extraction, and a text-quote selector per fact (index-aligned) so highlights can be re-found.
import { describeQuote } from '../../lib/anchoring/text-quote';
import type { Extraction } from '../../lib/contract';
import type { SaveNoticeRequest } from '../../lib/messages';
import { canonicalUrl, pageUrl } from './page-info';

export function saveRequest(
  doc: Document,
  page: { text: string; textHash: string; extraction: Extraction },
  manual: boolean,
): SaveNoticeRequest {
  return {
    url: pageUrl(doc),
    canonicalUrl: canonicalUrl(doc),
    pageTitle: doc.title,
    textHash: page.textHash,
    textLength: page.text.length,
    extraction: page.extraction,
    selectors: page.extraction.facts.map((f) => describeQuote(page.text, f.start, f.end)),
    manual,
  };
}

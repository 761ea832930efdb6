import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../entrypoints/content/page-info';
import { saveRequest } from '../../entrypoints/content/save-request';
import { EMPTY_NOTICE, type Extraction } from '../../lib/contract';
import { saveNoticeRequestSchema } from '../../lib/messages';

/** A linkedom document that reports `url` as its address. */
function docAt(url: string, head: string): Document {
  const { document } = parseHTML(`<html><head><title>通报</title>${head}</head><body><p>x</p></body></html>`);
  Object.defineProperty(document, 'URL', { value: url });
  Object.defineProperty(document, 'baseURI', { value: url });
  return document as unknown as Document;
}

describe('canonicalUrl', () => {
  const cases: [string, string, string][] = [
    ['no declaration: the URL without its hash', '', 'http://www.a.gov.cn/n.html'],
    ['rel=canonical, relative', '<link rel="canonical" href="/c/n.html">', 'http://www.a.gov.cn/c/n.html'],
    ['og:url', '<meta property="og:url" content="https://www.a.gov.cn/og.html">', 'https://www.a.gov.cn/og.html'],
    ['a non-http canonical is ignored', '<link rel="canonical" href="javascript:alert(1)">', 'http://www.a.gov.cn/n.html'],
  ];
  for (const [name, head, want] of cases) {
    it(name, () => expect(canonicalUrl(docAt('http://www.a.gov.cn/n.html#top', head))).toBe(want));
  }
});

describe('saveRequest', () => {
  it('builds a request the background accepts, selectors aligned with facts', () => {
    const text = '在整改中,给予党纪处分42人。';
    const extraction: Extraction = {
      source: 'http://www.a.gov.cn/n.html',
      detection: { isNotice: true, score: 0.9, reasons: [] },
      notice: { ...EMPTY_NOTICE },
      facts: [{ kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false, parent: null,
        headline: true, quote: '党纪处分42人', start: 7, end: 14 }],
      numbers: [],
      checks: [],
    };
    const request = saveRequest(docAt('http://www.a.gov.cn/n.html', ''), { text, textHash: 'a'.repeat(64), extraction }, false);
    expect(saveNoticeRequestSchema.parse(request)).toEqual(request);
    expect(request.selectors).toEqual([{ exact: '党纪处分42人', prefix: '在整改中,给予', suffix: '。', start: 7, end: 14 }]);
    expect(request.pageTitle).toBe('通报');
  });
});

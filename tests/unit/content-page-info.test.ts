import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../entrypoints/content/page-info';

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

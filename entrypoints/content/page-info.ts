// Where the page says it lives, for the saved record.

function httpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The frame's own URL; srcdoc/about:blank frames take their base URL (the embedding page). */
export function pageUrl(doc: Document): string {
  return httpUrl(doc.URL, doc.baseURI) ?? httpUrl(doc.baseURI, doc.baseURI) ?? doc.URL;
}

/** <link rel=canonical>, else og:url, else the page URL without its hash. */
export function canonicalUrl(doc: Document): string {
  const base = pageUrl(doc);
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:url" i][content]');
  const declared = httpUrl(link?.getAttribute('href'), base) ?? httpUrl(og?.getAttribute('content'), base);
  if (declared) return declared;
  try {
    const url = new URL(base);
    url.hash = '';
    return url.href;
  } catch {
    return base;
  }
}

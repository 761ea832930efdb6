// One fetched page of a collection: the request (same origin only, no redirect followed, with a
// timeout), its bytes decoded by the declared charset, and its text flattened by the content
// script's rules. linkedom parses it: an MV3 service worker has no DOMParser, and linkedom runs
// the same in Chromium's worker and Firefox's background page.
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes, DecodeError } from '@/lib/collect/charset';
import { sameOrigin } from '@/lib/collect/pick-links';
import type { FetchOutcome } from '@/lib/collect/queue-state';
import { flattenText } from '@/lib/dom/flatten-text';
import { hiddenByInlineStyle } from '@/lib/dom/style-rules';

export type Fetched = { ok: true; html: string; encoding: string } | { ok: false; outcome: FetchOutcome };

export interface FetchOptions {
  origin: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

export async function fetchPage(url: string, opts: FetchOptions): Promise<Fetched> {
  // The one check that keeps every request on the site the user chose.
  if (!sameOrigin(url, opts.origin)) return { ok: false, outcome: { kind: 'other-origin' } };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
  try {
    // No redirect is followed: it could lead to another host.
    const res = await (opts.fetch ?? fetch)(url, { signal: abort.signal, redirect: 'manual', credentials: 'omit', cache: 'no-store' });
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) return { ok: false, outcome: { kind: 'http-error', status: res.status || 302 } };
    if (!res.ok) return { ok: false, outcome: { kind: 'http-error', status: res.status } };
    const type = res.headers.get('content-type') ?? '';
    if (type && !HTML_TYPE.test(type)) return { ok: false, outcome: { kind: 'not-html', contentType: type } };
    const bytes = new Uint8Array(await res.arrayBuffer());
    const decoded = decodeHtmlBytes(bytes, type);
    return { ok: true, html: decoded.text, encoding: decoded.encoding };
  } catch (error) {
    if (abort.signal.aborted) return { ok: false, outcome: { kind: 'timeout' } };
    if (error instanceof DecodeError) return { ok: false, outcome: { kind: 'decode-error', detail: error.message } };
    return { ok: false, outcome: { kind: 'network-error', detail: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

export function parseDocument(html: string): Document {
  // linkedom drops content it cannot place in <html>, so give fragments a root.
  const source = /<html[\s>]/i.test(html) ? html : `<html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export interface ReadPage {
  text: string;
  pageTitle: string;
  canonicalUrl: string;
}

/** The page as the content script would send it: the body's visible text, title, canonical URL. */
export function readPage(doc: Document, url: string): ReadPage {
  const root = doc.body ?? doc.documentElement;
  // No layout here: inline styles are the visibility rules a fetched page can be read by.
  const text = root ? flattenText(root, { isHidden: (el) => hiddenByInlineStyle(el.getAttribute('style') ?? '') }).text : '';
  const declared = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  let canonicalUrl = url;
  try {
    if (declared) canonicalUrl = new URL(declared, url).href;
  } catch {
    // An unreadable declaration: the page's own URL names it.
  }
  return { text, pageTitle: (doc.title ?? '').trim(), canonicalUrl };
}

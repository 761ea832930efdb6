// Which URL names a saved notice. A page declares its canonical URL itself (<link rel=canonical>,
// og:url), so a page could claim another site's notice as its own; the claim is believed only
// on the page's own site. Otherwise the page's URL (without its #hash) names it.
import { sameSite } from './same-site';

function withoutHash(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export function trustedCanonicalUrl(pageUrl: string, declared: string): string {
  const own = withoutHash(pageUrl) ?? pageUrl;
  if (!sameSite(pageUrl, declared)) return own;
  return withoutHash(declared) ?? own;
}

// Whether the extension may already read a site: a granted origin pattern (the content script's
// *.gov.cn / *.edu.cn, granted at install, or one the user allowed before) covers the URL. Then
// the popup needs no permission prompt. Chromium's permissions.contains() answers false for hosts
// granted through content-script matches once optional host permissions are declared, though
// getAll() lists them and requests to them succeed; so the check reads getAll()'s list.

/** The origin pattern the popup requests for a page's site. */
export function hostPattern(url: string): string {
  return `*://${new URL(url).hostname}/*`;
}

/** True when the match pattern covers the URL's scheme and host (paths are not checked). */
export function patternCovers(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)\//.exec(pattern);
  if (!m) return pattern === '<all_urls>' && /^https?:/.test(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? scheme !== 'http' && scheme !== 'https' : m[1] !== scheme) return false;
  const host = m[2];
  if (host === '*') return true;
  if (host.startsWith('*.')) return u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1));
  return u.hostname === host;
}

export function originsCover(origins: readonly string[] | undefined, url: string): boolean {
  return (origins ?? []).some((p) => patternCovers(p, url));
}

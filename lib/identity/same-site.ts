// "Same site" as browsers mean it: the same registrable domain (eTLD+1). A full public-suffix
// list is 200 KB; the suffixes a notice can live under are few, so a small rule does: under a
// two-letter country domain, com/net/org/gov/edu/ac/co/mil are suffixes too (gov.cn, edu.cn,
// com.cn, gov.hk, co.uk…), so fgw.beijing.gov.cn and www.beijing.gov.cn are one site, while
// beijing.gov.cn and shanghai.gov.cn are two.

const SECOND_LEVEL_SUFFIXES = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'mil']);

function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

/** The registrable domain of a host name; an IP address or a one-label name is its own site. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h.startsWith('[') || /^\d+(\.\d+){3}$/.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const [second, top] = labels.slice(-2);
  const keep = top.length === 2 && SECOND_LEVEL_SUFFIXES.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when both are http(s) URLs on the same registrable domain. */
export function sameSite(a: string, b: string): boolean {
  const ha = hostOf(a);
  const hb = hostOf(b);
  return ha !== null && hb !== null && registrableDomain(ha) === registrableDomain(hb);
}

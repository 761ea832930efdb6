// The sites the content script runs on: the defaults, and the sites the user adds in the settings
// page. Pure: what a typed site means, its match pattern, and which registrations a sync needs.

// The sites the content script runs on by default (and the host permissions that go with them):
// government sites, and universities, which publish their 巡视整改 notices on their own sites.
export const DEFAULT_SITE_MATCHES = ['*://*.gov.cn/*', '*://*.edu.cn/*'];

/** A site as the user sees it and storage keeps it: `www.12371.cn` or `*.example.com`. */
export type Site = string;

export type SiteRejection =
  | 'empty'
  | 'allUrls' // <all_urls>, *, *.*: every site, which the settings page never asks for
  | 'scheme' // ftp://, file://, chrome://…: the content script reads web pages only
  | 'path' // example.com/news/…: a site is a host name, all its pages
  | 'port'
  | 'tooBroad' // *.cn: a whole top-level domain
  | 'invalid'
  | 'covered'; // already covered by a default or an added site

export type SiteParse = { ok: true; site: Site } | { ok: false; reason: SiteRejection; coveredBy?: Site };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The match pattern of a site: every page of that host (or of every host under it), http and https. */
export function siteMatchPattern(site: Site): string {
  return `*://${site}/*`;
}

/** The site of a default match pattern (`*://*.gov.cn/*` → `*.gov.cn`). */
function siteOfPattern(pattern: string): Site {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

export const DEFAULT_SITES: readonly Site[] = DEFAULT_SITE_MATCHES.map(siteOfPattern);

/** The host name in ASCII (an IDN becomes punycode), or null when it is not one. */
function asciiHost(host: string): string | null {
  try {
    const parsed = new URL(`http://${host}/`);
    return parsed.hostname === '' || parsed.port !== '' ? null : parsed.hostname;
  } catch {
    return null;
  }
}

function isIPv4(host: string): boolean {
  const m = IPV4.exec(host);
  return !!m && m.slice(1).every((n) => Number(n) <= 255);
}

/** True when `site` covers every page of `other` (a wildcard covers its own name and below). */
export function siteCovers(site: Site, other: Site): boolean {
  if (site === other) return true;
  if (!site.startsWith('*.')) return false;
  const base = site.slice(2);
  const otherHost = other.startsWith('*.') ? other.slice(2) : other;
  return otherHost === base || otherHost.endsWith(`.${base}`);
}

/**
 * What the user typed, as a site: a host name (`www.12371.cn`, an IPv4 address) or a wildcard
 * over a domain (`*.example.com`). An http(s) address with no path is taken for its host. The
 * defaults and `existing` decide whether it is new.
 */
export function parseSite(input: string, existing: readonly Site[] = []): SiteParse {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text === '<all_urls>' || /^(\*:\/\/)?\*(\.\*)?(\/\*?)?$/.test(text)) return { ok: false, reason: 'allUrls' };
  const scheme = /^([a-z][a-z0-9+.-]*|\*):\/\//.exec(text);
  if (scheme) {
    if (!['http', 'https', '*'].includes(scheme[1])) return { ok: false, reason: 'scheme' };
    text = text.slice(scheme[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/.test(text)) {
    return { ok: false, reason: 'scheme' }; // about:blank, data:, javascript:
  }
  // A trailing '/' or '/*' names the whole site; anything after it is a page or a folder.
  text = text.replace(/\/\*?$/, '');
  if (/[/?#]/.test(text)) return { ok: false, reason: 'path' };
  if (/:\d*$/.test(text)) return { ok: false, reason: 'port' };
  text = text.replace(/\.$/, '');
  const wildcard = text.startsWith('*.');
  const rest = wildcard ? text.slice(2) : text;
  if (rest.includes('*')) return { ok: false, reason: 'invalid' };
  const host = asciiHost(rest);
  if (!host) return { ok: false, reason: 'invalid' };
  const ip = isIPv4(host);
  if (ip && wildcard) return { ok: false, reason: 'invalid' };
  const labels = host.split('.');
  if (!ip) {
    if (host.length > 253 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1])) {
      return { ok: false, reason: 'invalid' };
    }
    if (labels.length < 2) return { ok: false, reason: wildcard ? 'tooBroad' : 'invalid' };
  }
  const site = wildcard ? `*.${host}` : host;
  const coveredBy = [...DEFAULT_SITES, ...existing].find((s) => siteCovers(s, site));
  if (coveredBy) return { ok: false, reason: 'covered', coveredBy };
  return { ok: true, site };
}

/** Stored sites, cleaned: each valid once, none covered by a default (storage may hold anything). */
export function normaliseSites(stored: unknown): Site[] {
  if (!Array.isArray(stored)) return [];
  const out: Site[] = [];
  for (const s of stored) {
    if (typeof s !== 'string') continue;
    const parsed = parseSite(s, out);
    if (parsed.ok) out.push(parsed.site);
  }
  return out;
}

/** Registered content scripts carry this id prefix, so a sync touches only its own. */
export const SITE_SCRIPT_PREFIX = 'rl-site:';

export function siteScriptId(site: Site): string {
  return SITE_SCRIPT_PREFIX + site;
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface SitePlan {
  /** Sites to register (new, or registered with other matches: unregistered first). */
  register: Site[];
  /** Script ids to unregister. */
  unregister: string[];
}

/**
 * What a sync must change so that exactly the stored sites whose permission is granted have a
 * registered script. Running it again on its own result changes nothing (idempotent).
 */
export function planSiteScripts(stored: readonly Site[], granted: ReadonlySet<Site>, registered: readonly RegisteredScript[]): SitePlan {
  const wanted = new Map(stored.filter((s) => granted.has(s)).map((s) => [siteScriptId(s), s]));
  const ours = registered.filter((r) => r.id.startsWith(SITE_SCRIPT_PREFIX));
  const unregister: string[] = [];
  const current = new Set<string>();
  for (const r of ours) {
    const site = wanted.get(r.id);
    const same = site !== undefined && r.matches?.length === 1 && r.matches[0] === siteMatchPattern(site);
    if (same) current.add(r.id);
    else unregister.push(r.id);
  }
  const register = [...wanted].filter(([id]) => !current.has(id)).map(([, site]) => site);
  return { register, unregister };
}

/** A stored site and whether it works: `active` (permission granted) or `needsPermission`. */
export interface SiteStatus {
  site: Site;
  active: boolean;
}

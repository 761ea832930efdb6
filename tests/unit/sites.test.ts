// lib/sites.ts: what a site typed in the settings page means, and the registrations a sync makes.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITES,
  normaliseSites,
  parseSite,
  planSiteScripts,
  siteCovers,
  siteMatchPattern,
  siteScriptId,
  type SiteRejection,
} from '../../lib/sites';

describe('parseSite accepts', () => {
  it.each([
    ['www.12371.cn', 'www.12371.cn'],
    ['  WWW.12371.CN  ', 'www.12371.cn'],
    ['www.12371.cn.', 'www.12371.cn'],
    ['*.example.com', '*.example.com'],
    ['*.com.cn', '*.com.cn'],
    ['news.example.org', 'news.example.org'],
    ['https://www.12371.cn', 'www.12371.cn'],
    ['http://www.12371.cn/', 'www.12371.cn'],
    ['*://*.example.com/*', '*.example.com'],
    ['www.12371.cn/*', 'www.12371.cn'],
    ['10.1.2.3', '10.1.2.3'],
    ['a-b.example.com', 'a-b.example.com'],
    ['中国.cn', 'xn--fiqs8s.cn'],
  ])('%s → %s', (input, site) => {
    expect(parseSite(input)).toEqual({ ok: true, site });
  });
});

describe('parseSite rejects', () => {
  it.each<[string, SiteRejection]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['<all_urls>', 'allUrls'],
    ['*', 'allUrls'],
    ['*.*', 'allUrls'],
    ['*://*/*', 'allUrls'],
    ['ftp://example.com', 'scheme'],
    ['file:///home', 'scheme'],
    ['chrome://extensions', 'scheme'],
    ['about:blank', 'scheme'],
    ['data:text/html,x', 'scheme'],
    ['www.12371.cn/xuexi/index.html', 'path'],
    ['https://www.12371.cn/2024/01/a.shtml', 'path'],
    ['example.com?q=1', 'path'],
    ['example.com:8080', 'port'],
    ['*.cn', 'tooBroad'],
    ['localhost', 'invalid'],
    ['cn', 'invalid'],
    ['www.*.example.com', 'invalid'],
    ['*example.com', 'invalid'],
    ['-bad.example.com', 'invalid'],
    ['bad-.example.com', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['a..b.com', 'invalid'],
    ['*.10.1.2.3', 'invalid'],
    ['999.1.2.3', 'invalid'],
    [`${'a'.repeat(64)}.com`, 'invalid'],
  ])('%j: %s', (input, reason) => {
    expect(parseSite(input)).toMatchObject({ ok: false, reason });
  });
});

describe('parseSite against the defaults and the added sites', () => {
  it.each<[string, string[], string]>([
    ['www.moe.gov.cn', [], '*.gov.cn'],
    ['gov.cn', [], '*.gov.cn'],
    ['*.gov.cn', [], '*.gov.cn'],
    ['*.tsinghua.edu.cn', [], '*.edu.cn'],
    ['www.12371.cn', ['www.12371.cn'], 'www.12371.cn'],
    ['news.example.com', ['*.example.com'], '*.example.com'],
    ['*.a.example.com', ['*.example.com'], '*.example.com'],
  ])('%s with %j is covered by %s', (input, existing, coveredBy) => {
    expect(parseSite(input, existing)).toEqual({ ok: false, reason: 'covered', coveredBy });
  });
  it('a wildcard over an added host is new (it covers more)', () => {
    expect(parseSite('*.example.com', ['www.example.com'])).toEqual({ ok: true, site: '*.example.com' });
  });
  it('gov.cn.example.com is not a government site', () => {
    expect(parseSite('gov.cn.example.com')).toEqual({ ok: true, site: 'gov.cn.example.com' });
  });
  it('the defaults are the manifest patterns as sites', () => {
    expect(DEFAULT_SITES).toEqual(['*.gov.cn', '*.edu.cn']);
    expect(DEFAULT_SITES.map(siteMatchPattern)).toEqual(['*://*.gov.cn/*', '*://*.edu.cn/*']);
  });
});

describe('siteCovers', () => {
  it.each<[string, string, boolean]>([
    ['*.example.com', 'example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'badexample.com', false],
    ['example.com', 'www.example.com', false],
    ['www.example.com', '*.example.com', false],
  ])('%s covers %s: %s', (site, other, covers) => {
    expect(siteCovers(site, other)).toBe(covers);
  });
});

describe('normaliseSites (whatever storage holds)', () => {
  it.each<[unknown, string[]]>([
    [undefined, []],
    ['www.12371.cn', []],
    [['www.12371.cn', 'WWW.12371.CN', 42, '<all_urls>', 'www.moe.gov.cn', '*.example.com', 'a.example.com'], ['www.12371.cn', '*.example.com']],
  ])('%j → %j', (stored, sites) => {
    expect(normaliseSites(stored)).toEqual(sites);
  });
});

describe('planSiteScripts', () => {
  const reg = (site: string, matches = [siteMatchPattern(site)]) => ({ id: siteScriptId(site), matches });
  const cases: { name: string; stored: string[]; granted: string[]; registered: { id: string; matches?: string[] }[]; register: string[]; unregister: string[] }[] = [
    { name: 'nothing stored, nothing registered', stored: [], granted: [], registered: [], register: [], unregister: [] },
    { name: 'a granted site is registered', stored: ['a.com'], granted: ['a.com'], registered: [], register: ['a.com'], unregister: [] },
    { name: 'a site without its permission is not', stored: ['a.com'], granted: [], registered: [], register: [], unregister: [] },
    { name: 'already registered: nothing to do', stored: ['a.com'], granted: ['a.com'], registered: [reg('a.com')], register: [], unregister: [] },
    { name: 'a removed site is unregistered', stored: [], granted: ['a.com'], registered: [reg('a.com')], register: [], unregister: [siteScriptId('a.com')] },
    { name: 'a revoked permission unregisters', stored: ['a.com'], granted: [], registered: [reg('a.com')], register: [], unregister: [siteScriptId('a.com')] },
    { name: 'stale matches are replaced', stored: ['a.com'], granted: ['a.com'], registered: [reg('a.com', ['*://b.com/*'])], register: ['a.com'], unregister: [siteScriptId('a.com')] },
    { name: "other scripts' ids are left alone", stored: [], granted: [], registered: [{ id: 'someone-else' }], register: [], unregister: [] },
  ];
  it.each(cases)('$name', ({ stored, granted, registered, register, unregister }) => {
    const plan = planSiteScripts(stored, new Set(granted), registered);
    expect(plan).toEqual({ register, unregister });
    // Idempotent: applying the plan and planning again changes nothing.
    const after = [...registered.filter((r) => !unregister.includes(r.id)), ...register.map((s) => reg(s))];
    expect(planSiteScripts(stored, new Set(granted), after)).toEqual({ register: [], unregister: [] });
  });
});

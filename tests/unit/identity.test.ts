// The pure rules of notice identity: which sites are one site, and how alike two texts are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from '../../lib/identity/same-site';
import { SAME_NOTICE_SIMILARITY } from '../../lib/identity/same-notice';
import { signatureSimilarity, textSignature, SIGNATURE_SIZE } from '../../lib/identity/text-signature';
import { trustedCanonicalUrl } from '../../lib/identity/trusted-canonical';

describe('same site', () => {
  it.each([
    ['www.beijing.gov.cn', 'beijing.gov.cn'],
    ['fgw.beijing.gov.cn', 'beijing.gov.cn'],
    ['www.tsinghua.edu.cn', 'tsinghua.edu.cn'],
    ['news.xinhua.com.cn', 'xinhua.com.cn'],
    ['www.ccdi.gov.cn.', 'ccdi.gov.cn'],
    ['www.example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(registrableDomain(host)).toBe(site));

  it.each([
    ['https://www.a.gov.cn/x', 'http://fgw.a.gov.cn/y', true],
    ['https://www.a.gov.cn/x', 'https://www.b.gov.cn/x', false],
    ['https://www.a.gov.cn/x', 'https://a.gov.cn.evil.com/x', false],
    ['https://www.a.gov.cn/x', 'https://gov.cn/x', false],
    ['https://www.a.gov.cn/x', 'ftp://fgw.a.gov.cn/x', false],
    ['https://www.a.gov.cn/x', 'not a url', false],
  ])('%s and %s: %s', (a, b, same) => expect(sameSite(a, b)).toBe(same));

  it.each([
    ['https://www.a.gov.cn/n.html#p2', 'https://www.a.gov.cn/n.html?id=1', 'https://www.a.gov.cn/n.html?id=1'],
    ['https://www.a.gov.cn/n.html#p2', 'https://www.b.gov.cn/other.html', 'https://www.a.gov.cn/n.html'],
    ['https://www.a.gov.cn/n.html', 'https://www.a.gov.cn/c.html#x', 'https://www.a.gov.cn/c.html'],
  ])('page %s declaring %s is named %s', (page, declared, name) => expect(trustedCanonicalUrl(page, declared)).toBe(name));
});

describe('text signature', () => {
  const text = readFileSync(new URL('../../../shared/fixtures/001_fbfa88aa01baddd2.txt', import.meta.url), 'utf8');
  const other = readFileSync(new URL('../../../shared/fixtures/004_23dfe72a4a5e21ec.txt', import.meta.url), 'utf8');
  const edited = `${text.slice(0, 500)}（更正）${text.slice(520, 3000)}二〇二五年${text.slice(3000)}`;
  const withClock = `2025年07月01日 10:00:01 星期二\n${text}`;

  it.each([
    ['the same text', text, 1, 1],
    ['the same text re-wrapped', text.replace(/。/g, '。\n  '), 1, 1],
    ['slightly edited', edited, SAME_NOTICE_SIMILARITY, 1],
    ['with a header clock', withClock, SAME_NOTICE_SIMILARITY, 1],
    ['another notice', other, 0, 0.3],
    ['the first half only', text.slice(0, text.length / 2), 0, SAME_NOTICE_SIMILARITY],
  ])('%s: similarity within [%d, %d]', (_, b, lo, hi) => {
    const s = signatureSimilarity(textSignature(text), textSignature(b));
    expect(s).toBeGreaterThanOrEqual(lo);
    expect(s).toBeLessThanOrEqual(hi);
  });

  it('is compact, sorted, and exact for short texts', () => {
    const sig = textSignature(text);
    expect(sig).toHaveLength(SIGNATURE_SIZE);
    expect([...sig].sort((a, b) => a - b)).toEqual(sig);
    expect(signatureSimilarity(textSignature('整改落实情况'), textSignature('整改落实情况通报'))).toBeCloseTo(3 / 5);
    expect(textSignature('  ')).toEqual([]);
  });
});

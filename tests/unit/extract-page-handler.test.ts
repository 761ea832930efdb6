// The background's extractPage handler: who may ask, what it validates, what it returns.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import type { Nlp } from '../../lib/english/extract-english';
import { extract } from '../../lib/extract';
import { handleExtractPage } from '../../lib/extract-page-handler';

const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;
const ctx = { runtimeId: 'ext-id', extensionBaseUrl: 'chrome-extension://ext-id/', nlp: nlp as unknown as Nlp };
const contentScript = { id: 'ext-id', tab: { id: 3 }, url: 'http://www.example.gov.cn/a.html' };
const text = readFileSync(`${SHARED_FIXTURES}/001_fbfa88aa01baddd2.txt`, 'utf8');

describe('handleExtractPage', () => {
  it('extracts for this extension’s content scripts, as lib/extract does', () => {
    const { extraction, traditional } = handleExtractPage({ text, source: 'u' }, contentScript, ctx);
    expect(extraction).toEqual(extract(text, { source: 'u' }));
    expect(traditional).toBe(false);
  });

  it.each([
    ['another extension', { ...contentScript, id: 'other' }],
    ['no tab (not a content script)', { id: 'ext-id', url: 'http://x.gov.cn/' }],
    ['an extension page in a tab', { id: 'ext-id', tab: { id: 1 }, url: 'chrome-extension://ext-id/popup.html' }],
    ['no sender', undefined],
  ])('rejects %s', (_, sender) => {
    expect(() => handleExtractPage({ text, source: 'u' }, sender, ctx)).toThrow(/Rejected/);
  });

  it.each([
    ['no text', { source: 'u' }],
    ['text not a string', { text: 42, source: 'u' }],
    ['not an object', 'hello'],
  ])('refuses a malformed request: %s', (_, data) => {
    expect(() => handleExtractPage(data, contentScript, ctx)).toThrow(/Not analysed/);
  });

  it('reads an English (machine-translated) page with compromise', () => {
    const english = readFileSync(new URL('../fixtures/english/lucheng-001.en.txt', import.meta.url), 'utf8');
    const { extraction } = handleExtractPage({ text: english, source: 'en' }, contentScript, ctx);
    expect(extraction.detection.isNotice).toBe(true);
    expect(extraction.facts.some((f) => f.code === 'party_discipline' && f.value === 42)).toBe(true);
  });
});

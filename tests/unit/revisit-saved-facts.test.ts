// Revisit (issue 9), the background's part: a later analysis of a changed page returns the facts
// saved at the earlier visit (read before this visit's save rewrites them), which the page then
// anchors; an unchanged page gets none. And who may ask to show a fact.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { handleAnalysePage, type AnalyseHandlerContext } from '../../entrypoints/background/analyse-page';
import { handleShowFact } from '../../entrypoints/background/show-fact';
import { createAnchorer } from '../../lib/anchoring/anchor-selector';
import type { Nlp } from '../../lib/english/extract-english';
import { freshDb } from './db-test-data';

const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;
const text = readFileSync(`${SHARED_FIXTURES}/001_fbfa88aa01baddd2.txt`, 'utf8');
const contentScript = { id: 'ext-id', tab: { id: 3 }, url: 'http://www.example.gov.cn/a.html' };
const dashboard = { id: 'ext-id', url: 'chrome-extension://ext-id/dashboard.html' };
const page = { url: 'http://www.example.gov.cn/a.html', canonicalUrl: 'http://www.example.gov.cn/a.html', pageTitle: '通报' };
const BANNER = '【提示】本网站已改版,部分栏目已调整。\n';
const REMOVED = '建立完善制度55项;';

function context(): AnalyseHandlerContext {
  return { db: freshDb(), runtimeId: 'ext-id', extensionBaseUrl: 'chrome-extension://ext-id/', autoSave: async () => true, nlp: nlp as unknown as Nlp };
}

describe('saved facts on a revisit', () => {
  it('come with the reply when the text changed, and the page finds all but the removed one', async () => {
    const ctx = context();
    const first = await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    expect(first.savedFacts).toBeUndefined();
    const stored = await ctx.db.facts.toArray();
    expect(text).toContain(REMOVED);
    // Re-wrapped (a line break after every 。), a banner first, one clause gone.
    const changed = BANNER + text.replace(REMOVED, '').replace(/。/g, '。\n');
    const second = await handleAnalysePage({ ...page, text: changed, save: 'auto' }, contentScript, ctx);
    expect(second.saved?.status).toBe('updated');
    expect(second.savedFacts?.map((f) => f.selector).sort((a, b) => a.start - b.start)).toEqual(stored.map((f) => f.selector).sort((a, b) => a.start - b.start));
    const anchorer = createAnchorer(changed);
    const missing = second.savedFacts!.filter((f) => !anchorer.anchor(f.selector)).map((f) => f.selector.exact);
    expect(missing).toEqual(['建立完善制度55项']);
    // The same text again: what is saved is what the page shows; nothing to find again.
    const third = await handleAnalysePage({ ...page, text: changed, save: 'auto' }, contentScript, ctx);
    expect(third.savedFacts).toBeUndefined();
  });

  it('are read even when auto-save is off (nothing is written)', async () => {
    const ctx = context();
    await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    const off = { ...ctx, autoSave: async () => false };
    const reply = await handleAnalysePage({ ...page, text: BANNER + text, save: 'auto' }, contentScript, off);
    expect(reply.saved?.status).toBe('not-saved');
    expect(reply.savedFacts?.length).toBe(await ctx.db.facts.count());
  });
});

describe('handleShowFact', () => {
  it.each([
    ['a content script', contentScript, { noticeId: 1, factId: 1 }, /Rejected/],
    ['a page of another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, { noticeId: 1, factId: 1 }, /Rejected/],
    ['a malformed request', dashboard, { noticeId: 'x' }, /expected number/],
  ])('refuses %s', async (_, sender, data, error) => {
    await expect(handleShowFact(data, sender, context())).rejects.toThrow(error);
  });

  it('says so when the notice or the fact is not saved', async () => {
    const ctx = context();
    expect(await handleShowFact({ noticeId: 7, factId: 1 }, dashboard, ctx)).toEqual({ found: false, error: 'No saved notice 7.' });
    await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    const [notice] = await ctx.db.notices.toArray();
    expect(await handleShowFact({ noticeId: notice.id!, factId: 99999 }, dashboard, ctx)).toMatchObject({ found: false });
  });
});

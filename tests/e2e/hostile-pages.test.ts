// The content script under hostile pages and faults, in a real Chromium: planted figures in
// hidden text (one page per trick), a ticking clock and a ticker, the service worker stopped
// again and again while pages save, and a page that tries to switch the lens off and to read or
// forge its badge. No timings are asserted: each test counts rows, facts, sends and states.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacts, readNotices, waitForNotice } from '../../scripts/lib/lens-db';
import { siteUrl } from '../pages/build-pages';
import { clockPage, hiddenTextPage, HIDING_TRICKS, hostilePage } from '../pages/hostile-pages';
import { badgeCount, badgeStatus, highlightSizes, sleep, startHarness, waitForHighlights, type Harness } from './harness';
import { exportCsvFiles, type CsvRows } from './export-csv';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const HTML = 'text/html; charset=utf-8';
const serve = (path: string, body: string) => {
  h.site.routes.set(path, { body, type: HTML });
  return siteUrl(path);
};
const sends = (page: Page) => page.evaluate(() => performance.getEntriesByName('rl:send').length);

async function exportNoticesCsv(): Promise<CsvRows> {
  const popup = await h.lens.context.newPage();
  await popup.goto(h.lens.extensionUrl('popup.html'));
  const { notices } = await exportCsvFiles(popup);
  await popup.close();
  return notices;
}

describe('hidden text', () => {
  const tricks = Object.keys(HIDING_TRICKS);

  it.each(tricks)('%s: the planted figures are not saved, the visible ones are', async (trick) => {
    const url = serve(`/xsxc/hidden/${trick}.html`, hiddenTextPage(h.site.pages.plain.fixture!, trick));
    const page = await h.lens.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const notice = await waitForNotice(h.dashboard, [url]);
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
    expect(facts.filter((f) => [999, 888, 77_770_000].includes(f.value ?? -1) || f.quote.includes('999'))).toEqual([]);
    await page.close();
  });

  it('the notices CSV shows the visible headline figures of every trick page', async () => {
    const rows = await exportNoticesCsv();
    for (const trick of tricks) {
      const row = rows.find((r) => r.url === siteUrl(`/xsxc/hidden/${trick}.html`));
      expect(row, trick).toBeDefined();
      expect(row!.party_discipline, trick).toBe('42');
      // Every figure but the save's own timestamp (…T16:11:41.999Z would match by chance).
      const figures = Object.entries(row!).filter(([column]) => column !== 'saved_at').map(([, v]) => v);
      expect(figures.join(' '), trick).not.toMatch(/999|888|7777/);
    }
  });
});

describe('a clock and a ticker in the header', () => {
  it('the notice is analysed and saved once; its facts keep their ids', async () => {
    const url = serve('/xsxc/2025/clock-001.html', clockPage(h.site.pages.plain.fixture!));
    const page = await h.lens.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const notice = await waitForNotice(h.dashboard, [url]);
    const ids = (await readFacts(h.dashboard, notice.id)).map((f) => f.id).sort();
    const ticks0 = await page.evaluate(() => document.getElementById('clock')!.textContent);
    await sleep(6000);
    expect(await page.evaluate(() => document.getElementById('clock')!.textContent)).not.toBe(ticks0);
    const after = (await readNotices(h.dashboard)).find((n) => n.id === notice.id)!;
    expect(after.updatedAt).toBe(notice.updatedAt);
    expect((await readFacts(h.dashboard, notice.id)).map((f) => f.id).sort()).toEqual(ids);
    expect(await page.evaluate(() => performance.getEntriesByName('rl:wait').length)).toBe(1); // analyses
    expect(await sends(page)).toBe(1); // analysePage messages
    await page.close();
  });
});

describe('the service worker stopped again and again while pages save', () => {
  it('every page ends saved, once, with its facts once', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => {
      const f = h.site.pages.plain.fixture!;
      return serve(`/xsxc/kill/${i}.html`, hiddenTextPage({ ...f, title: `${f.title}第${i + 1}号` }, 'display-none'));
    });
    const cdp = await h.lens.context.newCDPSession(h.dashboard);
    await cdp.send('ServiceWorker.enable');
    let stops = 0;
    let stopping = true;
    const killer = (async () => {
      while (stopping) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        stops++;
        await sleep(150 + (stops % 4) * 100);
      }
    })();
    const pages = await Promise.all(urls.map(async (url) => {
      const page = await h.lens.context.newPage();
      await page.goto(url);
      return page;
    }));
    await sleep(5000);
    stopping = false;
    await killer;
    expect(stops).toBeGreaterThan(10);
    for (const url of urls) {
      const notice = await waitForNotice(h.dashboard, [url], 60_000);
      const rows = (await readNotices(h.dashboard)).filter((n) => n.url === url);
      expect(rows).toHaveLength(1);
      const facts = await readFacts(h.dashboard, notice.id);
      expect(facts).toHaveLength(rows[0].factCount);
      expect(new Set(facts.map((f) => `${f.code}:${f.value}:${f.quote}`)).size).toBeGreaterThan(0);
    }
    const retried = await Promise.all(pages.map(sends));
    console.log(`worker stops: ${stops}; sends per page: ${retried.join(' ')}`);
    for (const page of pages) {
      await expect.poll(async () => (await badgeStatus(page))?.status, { timeout: 60_000 }).toMatch(/^(saved|updated)$/);
      await page.close();
    }
    await cdp.detach();
  });
});

describe('a page that attacks the lens', () => {
  it('cannot switch it off, learns nothing from it, and cannot read or forge the badge', async () => {
    const url = serve('/xsxc/2025/hostile-001.html', hostilePage(h.site.pages.plain.fixture!));
    const page = await h.lens.context.newPage();
    await page.goto(`${url}?ext=${h.lens.extensionId}`);
    await waitForHighlights(page);
    await waitForNotice(h.dashboard, [`${url}?ext=${h.lens.extensionId}`, url]);
    // Let the page's attack (6 s of started-events with guessed ids) run out.
    await page.waitForFunction(() => (window as unknown as { __seen: { shadowRoots: string[] } }).__seen.shadowRoots.length > 20, undefined, { timeout: 30_000 });
    await sleep(1500);
    const seen = await page.evaluate(() => (window as unknown as { __seen: { messages: string[]; shadowRoots: string[]; badgeText: string[]; attachErrors: number; forged: number } }).__seen);
    // The lens is still on: highlights, one badge, the real save state.
    expect((await highlightSizes(page)).sanctions).toBeGreaterThan(0);
    expect(await badgeCount(page)).toBe(1);
    const status = await badgeStatus(page);
    expect(status?.status).toMatch(/^(saved|updated)$/);
    expect(status?.text).not.toContain('forged');
    // Nothing it heard names the extension; it never got the shadow root or the badge's text.
    expect(seen.messages.filter((m) => m.includes(h.lens.extensionId) && !m.includes('guess'))).toEqual([]);
    expect(seen.messages.filter((m) => !m.includes('guess'))).toEqual([]);
    expect(new Set(seen.shadowRoots)).toEqual(new Set(['null']));
    expect(seen.badgeText.filter((t) => /整改|Saved|facts/.test(t))).toEqual([]);
    expect(seen.forged).toBe(0);
    expect(seen.attachErrors).toBeGreaterThan(0);
    // And it still works: a change to the article is analysed again.
    const before = await sends(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '另外，对12名干部进行了诫勉谈话，对相关责任人给予组织处理，整改工作持续推进之中。';
      document.getElementById('zoom')!.append(p);
    });
    await expect.poll(() => sends(page), { timeout: 20_000 }).toBeGreaterThan(before);
    await page.close();
  });
});

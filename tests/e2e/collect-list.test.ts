// Collecting a list page in a real Chromium (issue 10): the popup on a column list offers
// "Collect 7 notices from this list"; the click (a real user gesture: the host permission is
// already held for *.gov.cn, so no prompt shows) starts the run; the service worker is stopped
// while the slow page is being fetched and the run resumes on the next event and finishes. The
// report, the database rows and the server's request log must be exactly right.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitFor } from '../../scripts/lib/browser';
import { readNotices, waitForNotice } from '../../scripts/lib/lens-db';
import { buildCollectSite, buildSecondList, collectUrl, COLLECT_HOST, COLLECT_PATHS, EXPECTED, LIST_ORDER, SECOND_LIST, secondListUrls } from '../pages/collect-pages';
import { sleep, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  for (const [path, route] of [...buildCollectSite(), ...buildSecondList()]) h.site.routes.set(path, route);
});
afterAll(async () => {
  await h?.close();
});

interface Row {
  runId: number;
  seq: number;
  url: string;
  status: string;
  reason?: string;
  attempts: number;
}
interface Run {
  id: number;
  status: string;
  listPages: string[];
  nextPage?: string | null;
}
type ChromeStorage = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };
type Tables = { rectifyLens: { db: { collectRuns: { toArray(): Promise<Run[]> }; collectItems: { toArray(): Promise<Row[]> } } } };
const setCollectInterval = (ms: number) =>
  h.lens.context.serviceWorkers()[0].evaluate((v) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ collectIntervalMs: v, collectTimeoutMs: 1500 }), ms);
const runs = (p: Page) => p.evaluate(() => (globalThis as unknown as Tables).rectifyLens.db.collectRuns.toArray());
const items = (p: Page) => p.evaluate(() => (globalThis as unknown as Tables).rectifyLens.db.collectItems.toArray());

/** Opens the list page in a tab and the popup for that tab, and waits for its collect button. */
async function openCollectPopup(listPath: string) {
  const listUrl = `http://${COLLECT_HOST}${listPath}`;
  const list = await h.lens.context.newPage();
  await list.goto(listUrl);
  const tabId = await tabIdOf(h.dashboard, listUrl);
  const popup = await h.lens.context.newPage();
  await popup.goto(h.lens.extensionUrl(`popup.html?tabId=${tabId}`));
  const start = popup.getByTestId('collect-start');
  await start.waitFor({ timeout: 20_000 });
  return { list, listUrl, popup, start };
}

describe('collect from a list page', () => {
  it('collects the list and the page behind 下一页, survives a stopped worker, and asks nothing else', async () => {
    // The smallest interval the settings allow and a short timeout (defaults 2 s and 15 s).
    await setCollectInterval(500);

    // One linked notice is saved already: opened in its tab, saved by the content script.
    const savedTab = await h.lens.context.newPage();
    await savedTab.goto(collectUrl('saved'));
    await waitForNotice(h.dashboard, [collectUrl('saved')]);
    await savedTab.close();

    const { list, listUrl, popup, start } = await openCollectPopup(COLLECT_PATHS.list);
    expect(await start.getAttribute('data-count')).toBe('7');
    expect(await popup.getByTestId('collect-follow-next').isChecked()).toBe(true);
    const before = h.server.requests.length;
    await start.click();

    // Stop the worker while it waits on the slow page: that item is left 'fetching'.
    await waitFor('the run to start', async () => (await runs(h.dashboard)).length > 0, 10_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; popup says: ${await popup.getByTestId('collect-panel').innerText()}`);
    });
    await waitFor('the slow page being fetched', async () => (await items(h.dashboard)).some((i) => i.url === collectUrl('slow') && i.status === 'fetching'), 30_000, 50);
    const cdp = await h.lens.context.newCDPSession(h.dashboard);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const stopped = await items(h.dashboard);
    expect((await runs(h.dashboard))[0].status).toBe('running');
    expect(stopped.filter((i) => i.status === 'queued').length).toBeGreaterThan(0);

    // The next event (the popup opened again wakes the worker) resumes the run.
    await popup.reload();
    await waitFor('the run to finish', async () => (await runs(h.dashboard))[0]?.status === 'done', 60_000, 200);

    const [run] = await runs(h.dashboard);
    expect(run.listPages).toEqual([listUrl, `http://${COLLECT_HOST}${COLLECT_PATHS.list2}`]);
    const rows = (await items(h.dashboard)).sort((a, b) => a.seq - b.seq);
    expect(rows.map((r) => [r.url, r.status, r.reason])).toEqual(LIST_ORDER.map((k) => [collectUrl(k), EXPECTED[k].status, EXPECTED[k].reason]));
    // The interrupted item was fetched again (a second attempt), the others once.
    expect(rows.find((r) => r.url === collectUrl('slow'))?.attempts).toBe(2);

    const notices = await readNotices(h.dashboard);
    const savedUrls = ['saved', 'notice1', 'notice2', 'gbk', 'page2'].map((k) => collectUrl(k as keyof typeof COLLECT_PATHS));
    expect(notices.map((n) => n.url).sort()).toEqual(savedUrls.sort());
    expect(notices.find((n) => n.url === collectUrl('gbk'))?.pageTitle).toContain('湖南省交通运输厅');

    // The popup's report: one line per URL with its outcome.
    const report = popup.getByTestId('collect-report').locator('li');
    await expect.poll(() => report.count(), { timeout: 10_000 }).toBe(LIST_ORDER.length);
    const lines = await report.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-url'), li.getAttribute('data-status'), li.getAttribute('data-reason')]));
    expect(lines).toEqual(LIST_ORDER.map((k) => [collectUrl(k), EXPECTED[k].status, EXPECTED[k].reason ?? '']));
    const counts = popup.getByTestId('collect-counts');
    expect(await counts.getAttribute('data-saved')).toBe('4');
    expect(await counts.getAttribute('data-skipped')).toBe('2');
    expect(await counts.getAttribute('data-failed')).toBe('2');

    // The server's log: nothing ever asked of another host; the collection asked only the
    // linked pages (the already-saved one not at all) and the second list page.
    expect(h.server.requests.filter((r) => !r.startsWith(`${COLLECT_HOST}/`))).toEqual([]);
    const byCollection = h.server.requests.slice(before).filter((r) => !r.endsWith('/favicon.ico'));
    const allowed = new Set([...LIST_ORDER.filter((k) => k !== 'saved').map((k) => COLLECT_HOST + COLLECT_PATHS[k]), COLLECT_HOST + COLLECT_PATHS.list2]);
    expect(byCollection.filter((r) => !allowed.has(r))).toEqual([]);
    expect(new Set(byCollection)).toEqual(allowed);
    await popup.close();
    await list.close();
  });

  it('pauses, resumes and cancels from the popup', async () => {
    await setCollectInterval(800);
    const { list, popup, start } = await openCollectPopup(SECOND_LIST);
    expect(await start.getAttribute('data-count')).toBe('4');
    await start.click();
    const run = popup.getByTestId('collect-run');
    const fetched = async () => Number(await popup.getByTestId('collect-counts').getAttribute('data-fetched'));
    await expect.poll(() => run.getAttribute('data-status'), { timeout: 10_000 }).toBe('running');
    await expect.poll(fetched, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    await popup.getByTestId('collect-pause').click();
    await expect.poll(() => run.getAttribute('data-status'), { timeout: 10_000 }).toBe('paused');
    const whenPaused = h.server.requests.length;
    const countPaused = await fetched();
    expect(countPaused).toBeLessThan(4);
    // Paused: no request goes out (several intervals pass).
    await sleep(2500);
    expect(h.server.requests.slice(whenPaused).filter((r) => secondListUrls().some((u) => u.endsWith(r.slice(COLLECT_HOST.length))))).toEqual([]);
    await popup.getByTestId('collect-resume').click();
    await expect.poll(fetched, { timeout: 20_000 }).toBeGreaterThan(countPaused);
    await popup.getByTestId('collect-cancel').click();
    await expect.poll(() => run.getAttribute('data-status'), { timeout: 10_000 }).toBe('cancelled');
    const rows = (await items(h.dashboard)).filter((r) => secondListUrls().includes(r.url));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.status !== 'fetching')).toBe(true);
    // Cancelled: the rest stays queued, never requested; the offer to collect shows again.
    await sleep(1500);
    const requested = new Set(h.server.requests.map((r) => `http://${r}`));
    for (const r of rows) expect(requested.has(r.url)).toBe(r.status !== 'queued');
    expect(rows.filter((r) => r.status === 'saved').length).toBeGreaterThanOrEqual(2);
    await start.waitFor({ timeout: 10_000 });
    await popup.close();
    await list.close();
  });
});

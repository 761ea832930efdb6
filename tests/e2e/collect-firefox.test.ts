// Collecting a list page in Firefox ESR (MV2 background page): the same list as in Chromium
// (tests/e2e/collect-list.test.ts), started from the popup. In Firefox the content script's
// *.gov.cn matches give the background no host permission, so the click asks for the site; the
// run waits paused until permissions.onAdded. A headless browser cannot click the prompt, so the
// test profile turns it off (extensions.webextOptionalPermissionPrompts): the click's
// permissions.request is real and answered yes. (Without the pref the run stays waiting.)
// Skipped without /usr/bin/firefox-esr, except in CI.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/lib/browser';
import { findTabInExtensionPage } from '../../scripts/lib/find-tab';
import { firefoxPresent, launchFirefoxWithExtension, type FirefoxLens } from '../../scripts/lib/firefox';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { buildCollectSite, collectUrl, COLLECT_PATHS, EXPECTED, LIST_ORDER } from '../pages/collect-pages';

const inCI = !!process.env.CI && process.env.CI !== 'false';
const runFirefox = firefoxPresent() || inCI;

interface Row {
  seq: number;
  url: string;
  status: string;
  reason?: string;
}
type Db = { rectifyLens: { db: Record<'collectRuns' | 'collectItems' | 'notices', { toArray(): PromiseLike<unknown[]> }> } };
type Ext = { browser: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } } };

describe.skipIf(!runFirefox)('collect from a list page in Firefox ESR', () => {
  let server: StaticServer;
  let ff: FirefoxLens;
  let dashboard: Page;
  const at = (url: string) => Object.assign(new URL(url), { port: String(server.port) }).href;
  const table = <T,>(t: 'collectRuns' | 'collectItems' | 'notices') =>
    dashboard.evaluate(async (name) => await (globalThis as unknown as Db).rectifyLens.db[name].toArray(), t) as Promise<T[]>;

  beforeAll(async () => {
    server = await startServer(buildCollectSite());
    ff = await launchFirefoxWithExtension({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    dashboard = await ff.open(ff.extensionUrl('dashboard.html'));
    await waitFor('the dashboard database', () => dashboard.evaluate(() => !!(globalThis as { rectifyLens?: unknown }).rectifyLens));
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('collects the list and the page behind 下一页 with the same outcomes as in Chromium', async () => {
    await dashboard.evaluate(async () => await (globalThis as unknown as Ext).browser.storage.local.set({ collectIntervalMs: 500, collectTimeoutMs: 1500 }));
    // The already-saved notice, saved by the content script in its tab.
    const saved = await ff.open(at(collectUrl('saved')));
    await waitFor('the saved notice', async () => (await table<{ url: string }>('notices')).some((n) => n.url === at(collectUrl('saved'))), 30_000);
    await saved.close();

    const listUrl = at(collectUrl('notice1').replace(/\/2024\/.*/, '/index.html'));
    const list = await ff.open(listUrl);
    const tabId = await waitFor(`a tab showing ${listUrl}`, () => dashboard.evaluate(findTabInExtensionPage, listUrl));
    const popup = await ff.open(ff.extensionUrl(`popup.html?tabId=${tabId}`));
    const start = await popup.waitForSelector('[data-testid="collect-start"]', { timeout: 20_000 });
    expect(await start!.evaluate((b) => b.getAttribute('data-count'))).toBe('7');
    await start!.click();
    await waitFor('the run to finish', async () => {
      const runs = await table<{ status: string }>('collectRuns');
      if (!runs.length) {
        const error = await popup.evaluate(() => document.querySelector('[data-testid="collect-error"]')?.textContent ?? null);
        if (error) throw new Error(error);
      }
      return runs[0]?.status === 'done';
    }, 60_000, 200);
    const rows = (await table<Row>('collectItems')).sort((a, b) => a.seq - b.seq);
    expect(rows.map((r) => [r.url, r.status, r.reason])).toEqual(LIST_ORDER.map((k) => [at(collectUrl(k)), EXPECTED[k].status, EXPECTED[k].reason]));
    const notices = await table<{ url: string; pageTitle: string }>('notices');
    expect(notices).toHaveLength(5);
    expect(notices.find((n) => n.url === at(collectUrl('gbk')))?.pageTitle).toContain('湖南省交通运输厅');
    // Only the one site was asked, and only for linked pages.
    expect(server.requests.filter((r) => !r.startsWith('www.example.gov.cn/'))).toEqual([]);
    expect(server.requests.filter((r) => r.includes('/xsxc/zggk/') && !Object.values(COLLECT_PATHS).some((p) => r.endsWith(p)))).toEqual([]);
    await popup.close();
    await list.close();
  });
});

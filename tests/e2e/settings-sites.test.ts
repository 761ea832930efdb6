// The settings page's sites in Chromium: a site added there (news.example.org, resolved to the
// loopback server) gets the content script, its notices are highlighted and saved; removed, a
// fresh visit gets no content script.
//
// The permission prompt: headless Chromium shows permissions.request's dialog where nothing can
// click it (the promise never settles), no switch auto-accepts it, and chrome://extensions'
// developerPrivate.addHostPermission records the host without granting it to the permissions
// API. So this file loads a copy of the build whose manifest also lists the test host in
// host_permissions: request() then resolves true at once, as after a user's "Allow". Everything
// else (validation, the request from the click, storage, the background's registration and
// unregistration) is the real code. permissions.remove of that required host fails in this copy;
// the page ignores that failure by design.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_SITE_HOST, launchWithExtension, tabIdOf, waitFor, type LensBrowser } from '../../scripts/lib/browser';
import { openDashboard, readFacts, readNotices, waitForNotice } from '../../scripts/lib/lens-db';
import { extensionDir } from '../../scripts/lib/paths';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { buildTestSite, type TestSite } from '../pages/build-pages';
import { highlightSizes, sleep, waitForAnalysis, waitForHighlights } from './harness';

const ORIGIN = `*://${ADDED_SITE_HOST}/*`;
/** The bits of the extension API the tests call in the settings page (no @types/chrome here). */
declare const chrome: {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; css?: string[] }[]>;
    unregisterContentScripts(filter?: object): Promise<void>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
let site: TestSite;
let server: StaticServer;
let lens: LensBrowser;
let dashboard: Page;
let options: Page;
let extCopy: string;

/** The build with the test host already granted (see the top of this file). */
function grantedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-ext-sites-'));
  fs.cpSync(extensionDir, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  manifest.host_permissions = [ORIGIN];
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

const registered = () =>
  options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, js: s.js, css: s.css })));

async function addSite(text: string): Promise<{ kind: string | null; text: string }> {
  const message = options.getByTestId('site-message');
  // The message of the previous attempt may still be shown: wait for this attempt's own.
  const before = (await message.count()) ? await message.innerText() : null;
  await options.getByTestId('site-input').fill(text);
  await options.getByTestId('site-add').click();
  await message.waitFor();
  await waitFor('the message of this attempt', async () => before === null || (await message.innerText()) !== before, 3_000).catch(() => undefined);
  return { kind: await message.getAttribute('data-kind'), text: await message.innerText() };
}

beforeAll(async () => {
  site = buildTestSite();
  server = await startServer(site.routes);
  extCopy = grantedCopy();
  lens = await launchWithExtension(server.port, { extDir: extCopy });
  dashboard = await openDashboard(lens);
  options = await lens.context.newPage();
  await options.goto(lens.extensionUrl('options.html'));
  await options.getByTestId('site-add').and(options.locator(':enabled')).waitFor();
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
  if (extCopy) fs.rmSync(extCopy, { recursive: true, force: true });
});

describe('the settings page', () => {
  it('lists the built-in sites and refuses what is not a new site', async () => {
    const defaults = await options.getByTestId('default-site').evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(defaults).toEqual(['*.gov.cn', '*.edu.cn']);
    for (const [input, says] of [['<all_urls>', 'one by one'], ['www.moe.gov.cn', '*.gov.cn'], ['www.12371.cn/a/b.html', 'without a page']]) {
      const message = await addSite(input);
      expect(message.kind).toBe('error');
      expect(message.text).toContain(says);
    }
    expect(await options.getByTestId('site-row').count()).toBe(0);
    expect(await registered()).toEqual([]);
  });
});

describe('the reading and language settings', () => {
  const stored = (key: string) => options.evaluate((k) => chrome.storage.local.get(k), key);

  it('are written to storage.local at once, the interval clamped to 0.5–60 s', async () => {
    const interval = options.getByTestId('setting-collect-interval');
    await interval.fill('0.1');
    await interval.press('Enter');
    await expect.poll(() => stored('collectIntervalMs')).toEqual({ collectIntervalMs: 500 });
    expect(await interval.inputValue()).toBe('0.5');
    await interval.fill('90');
    await interval.blur();
    await expect.poll(() => stored('collectIntervalMs')).toEqual({ collectIntervalMs: 60_000 });
    await options.getByTestId('setting-ui-language').selectOption('zh_TW');
    await expect.poll(() => stored('uiLanguage')).toEqual({ uiLanguage: 'zh_TW' });
    await options.getByTestId('setting-auto-save').uncheck();
    await expect.poll(() => stored('autoSave')).toEqual({ autoSave: false });
    await options.getByTestId('setting-auto-save').check();
    await expect.poll(() => stored('autoSave')).toEqual({ autoSave: true });
  });

  it('highlights off: a notice page is analysed and saved, and shows no highlights', async () => {
    await options.getByTestId('setting-highlights').uncheck();
    await expect.poll(() => stored('highlights')).toEqual({ highlights: false });
    // Another notice than the one the added site serves below (the same text would be one notice).
    const { gbk } = site.pages;
    const page = await lens.context.newPage();
    await page.goto(gbk.url);
    await waitForNotice(dashboard, [gbk.url]);
    await waitForAnalysis(page); // marked once the reply is drawn: highlights would be on by now
    await expect.poll(() => highlightSizes(page)).toEqual({ numbers: 0, sanctions: 0 });
    await page.close();
    await options.getByTestId('setting-highlights').check();
    await expect.poll(() => stored('highlights')).toEqual({ highlights: true });
  });
});

describe(`a site added there (${ADDED_SITE_HOST})`, () => {
  const url = `http://${ADDED_SITE_HOST}/xsxc/2025/plain-001.html`;

  it('is active, stored and registered with the manifest content script files', async () => {
    const message = await addSite(`https://${ADDED_SITE_HOST}/`);
    expect(message).toMatchObject({ kind: 'ok' });
    const row = options.locator(`[data-testid="site-row"][data-site="${ADDED_SITE_HOST}"]`);
    expect(await row.getAttribute('data-active')).toBe('true');
    expect(await options.evaluate(() => chrome.storage.local.get('extraSites'))).toEqual({ extraSites: [ADDED_SITE_HOST] });
    expect(await registered()).toEqual([
      { id: `rl-site:${ADDED_SITE_HOST}`, matches: [ORIGIN], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] },
    ]);
  });

  it('gets the content script: its notice is highlighted and saved with its figures', async () => {
    const page = await lens.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const notice = await waitForNotice(dashboard, [url]);
    expect(notice.detection.isNotice).toBe(true);
    expect(await readFacts(dashboard, notice.id)).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
    await page.close();
  });

  it('removed, is unregistered, and a fresh visit gets no content script', async () => {
    await options.locator(`[data-testid="site-row"][data-site="${ADDED_SITE_HOST}"]`).getByTestId('site-remove').click();
    await options.locator('[data-testid="site-row"]').first().waitFor({ state: 'detached' });
    expect(await options.evaluate(() => chrome.storage.local.get('extraSites'))).toEqual({ extraSites: [] });
    expect(await registered()).toEqual([]);

    const saved = (await readNotices(dashboard)).length;
    const fresh = `http://${ADDED_SITE_HOST}/xsxc/2025/plain-001.html?after-removal`;
    const page = await lens.context.newPage();
    await page.goto(fresh);
    // The same settling time as the near misses of notice-pages.test.ts: a content script
    // injected at document_idle would have analysed the page by then.
    await sleep(1500);
    expect(await highlightSizes(page)).toEqual({ numbers: 0, sanctions: 0 });
    expect(await page.evaluate(() => performance.getEntriesByName('rl:total').length)).toBe(0);
    // The popup, asked about that tab, finds no content script to answer.
    const tabId = await tabIdOf(dashboard, fresh);
    const popup = await lens.context.newPage();
    await popup.goto(lens.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByTestId('notice-status').first().getAttribute('data-status'), { timeout: 20_000 }).toBe('no-content-script');
    expect((await readNotices(dashboard)).length).toBe(saved);
    await popup.close();
    await page.close();
  });
});

describe('at the next browser start', () => {
  it('a registration that was lost is made again from the stored site and its permission', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-sites-profile-'));
    let again: LensBrowser | undefined;
    try {
      const first = await launchWithExtension(server.port, { extDir: extCopy, userDataDir: profile });
      const page = await first.context.newPage();
      await page.goto(first.extensionUrl('options.html'));
      await page.getByTestId('site-add').and(page.locator(':enabled')).waitFor();
      await page.getByTestId('site-input').fill(ADDED_SITE_HOST);
      await page.getByTestId('site-add').click();
      await page.locator(`[data-testid="site-row"][data-active="true"]`).waitFor();
      // Lost (as when a browser drops an extension's dynamic scripts): only the stored site remains.
      await page.evaluate(() => chrome.scripting.unregisterContentScripts());
      expect(await page.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
      await first.close();

      again = await launchWithExtension(server.port, { extDir: extCopy, userDataDir: profile });
      const opened = again;
      const ext = await opened.context.newPage();
      await ext.goto(opened.extensionUrl('dashboard.html'));
      const ids = await waitFor('the site script registered again', async () => {
        const list = await ext.evaluate(() => chrome.scripting.getRegisteredContentScripts());
        return list.length > 0 ? list.map((s) => s.id) : null;
      });
      expect(ids).toEqual([`rl-site:${ADDED_SITE_HOST}`]);
      const visit = await opened.context.newPage();
      await visit.goto(`http://${ADDED_SITE_HOST}/xsxc/2025/plain-001.html?restarted`);
      await waitForHighlights(visit);
    } finally {
      await again?.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

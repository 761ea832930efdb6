// The popup fits one screen and speaks the chosen UI language; the page's badge follows the
// language setting, shows its place when walking the facts, and follows removals made in the
// popup and in the dashboard. Screenshots: /tmp/popup-en.png, /tmp/popup-zh_CN.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/browser';
import { waitForNotice } from '../../scripts/lib/lens-db';
import { badgeStatus, startHarness, waitForHighlights, type Harness } from './harness';

let h: Harness;
let page: Page;
let popup: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await h.lens.context.newPage();
  await page.goto(h.site.pages.plain.url);
  await waitForHighlights(page);
  await waitForNotice(h.dashboard, [h.site.pages.plain.url]);
  const tabId = await tabIdOf(h.dashboard, h.site.pages.plain.url);
  popup = await h.lens.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(h.lens.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.locator('[data-testid="notice-status"][data-status="notice"]').waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
});

type StorageWindow = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };
/** Writes the setting as components/ui-language.ts stores it (storage.local "uiLanguage"). */
const setLanguage = (p: Page, value: string) => p.evaluate((v) => (globalThis as unknown as StorageWindow).chrome.storage.local.set({ uiLanguage: v }), value);

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;
type Found = { nodeId: number; value: string; text: string };

/** The badge's element carrying `attr` (its value, its text), through the closed shadow root;
 *  node ids are valid in `cdp` only. */
async function findIn(cdp: Cdp, attr: string, value?: string): Promise<Found | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
  const find = (n: CdpNode): Found | null => {
    const attrs = n.attributes ?? [];
    const i = attrs.findIndex((a, j) => j % 2 === 0 && a === attr);
    if (i >= 0 && (value === undefined || attrs[i + 1] === value)) return { nodeId: n.nodeId, value: attrs[i + 1]!, text: textOf(n) };
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const found = find(c);
      if (found) return found;
    }
    return null;
  };
  return find(root);
}

async function withCdp<T>(p: Page, fn: (cdp: Cdp) => Promise<T>): Promise<T> {
  const cdp = await p.context().newCDPSession(p);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach();
  }
}

const badgeNode = (p: Page, attr: string, value?: string) => withCdp(p, (cdp) => findIn(cdp, attr, value));

/** Clicks a badge button (data-action) where it is on the screen: the closed root has no handle. */
async function clickBadge(p: Page, action: string): Promise<void> {
  const [x, y] = await withCdp(p, async (cdp) => {
    const node = await findIn(cdp, 'data-action', action);
    if (!node) throw new Error(`no badge button ${action}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    return [(x1! + x3!) / 2, (y1! + y3!) / 2];
  });
  await p.mouse.click(x, y);
}

const popupHeight = () => popup.evaluate(() => document.body.scrollHeight);

describe('the popup', () => {
  it('fits one screen (≤ 600 px at 400 px wide) in English, with the verdict, figures, Save and Export', async () => {
    await setLanguage(popup, 'en');
    await expect.poll(() => popup.locator('h1').innerText()).toBe('Rectify Lens 整改透镜');
    await popup.getByTestId('headline-figures').waitFor();
    expect(await popup.getByTestId('save-button').isVisible()).toBe(true);
    expect(await popup.getByTestId('export-csv').isVisible()).toBe(true);
    expect(await popup.getByTestId('open-dashboard').isVisible()).toBe(true);
    expect(await popup.getByTestId('highlight-legend').isVisible()).toBe(true);
    expect(await popupHeight()).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: '/tmp/popup-en.png', fullPage: true });
  });

  it('speaks Chinese when the setting says zh_CN, and still fits', async () => {
    await setLanguage(popup, 'zh_CN');
    await expect.poll(() => popup.getByTestId('notice-status').first().innerText()).toContain('整改通报');
    expect(await popup.getByTestId('save-button').innerText()).toBe('保存');
    expect(await popup.getByTestId('open-dashboard').innerText()).toBe('打开管理页');
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await popupHeight()).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: '/tmp/popup-zh_CN.png', fullPage: true });
  });

  it('folds the rest: details, collection, settings (screenshot /tmp/popup-folds-zh_CN.png)', async () => {
    for (const fold of ['details-fold', 'collection-fold', 'settings-fold']) await popup.getByTestId(fold).locator('summary').click();
    expect(await popup.getByTestId('detection-reasons').isVisible()).toBe(true);
    expect(await popup.getByTestId('detection-reasons').innerText()).toContain('标题含');
    expect(await popup.getByTestId('all-figures').isVisible()).toBe(true);
    expect(await popup.getByTestId('collection-count').innerText()).toContain('已保存');
    await popup.screenshot({ path: '/tmp/popup-folds-zh_CN.png', fullPage: true });
    for (const fold of ['details-fold', 'collection-fold', 'settings-fold']) await popup.getByTestId(fold).locator('summary').click();
  });

  it('chooses the language in its settings fold', async () => {
    await popup.getByTestId('settings-fold').locator('summary').click();
    await popup.getByTestId('language-select').selectOption('en');
    await expect.poll(() => popup.getByTestId('save-button').innerText()).toBe('Save');
    await popup.getByTestId('settings-fold').locator('summary').click();
  });
});

describe('the badge', () => {
  it('follows the language setting: zh_TW', async () => {
    await setLanguage(popup, 'en');
    await expect.poll(async () => (await badgeStatus(page))?.text, { timeout: 15_000 }).toMatch(/^(Saved|Updated) ✓$/);
    await setLanguage(popup, 'zh_TW');
    await expect.poll(async () => (await badgeStatus(page))?.text, { timeout: 15_000 }).toMatch(/^已(儲存|更新) ✓$/);
    expect((await badgeNode(page, 'data-action', 'next'))?.text).toBe('▶');
  });

  it('shows its place after Next: "1 / N"', async () => {
    expect((await badgeNode(page, 'data-position'))?.value).toBe('');
    await clickBadge(page, 'next');
    await expect.poll(async () => (await badgeNode(page, 'data-position'))?.text).toMatch(/^1 \/ \d+$/);
    await clickBadge(page, 'next');
    await expect.poll(async () => (await badgeNode(page, 'data-position'))?.text).toMatch(/^2 \/ \d+$/);
    await page.screenshot({ path: '/tmp/badge-zh_TW.png' });
  });

  it('says not saved after a removal in the popup, and saved again after Save', async () => {
    await setLanguage(popup, 'en');
    await popup.getByTestId('remove-button').click();
    await expect.poll(async () => (await badgeStatus(page))?.status, { timeout: 15_000 }).toBe('not-saved');
    expect((await badgeStatus(page))?.text).toBe('Not saved (removed from the collection)');
    await popup.getByTestId('save-button').click();
    await expect.poll(async () => (await badgeStatus(page))?.status, { timeout: 15_000 }).toMatch(/^(saved|updated)$/);
  });

  it('says not saved after a deletion in the dashboard', async () => {
    const notice = await waitForNotice(h.dashboard, [h.site.pages.plain.url]);
    await h.dashboard.reload();
    const row = h.dashboard.locator(`[data-testid="notice-row"][data-notice-id="${notice.id}"]`);
    await row.getByTestId('delete-notice').click();
    await expect.poll(async () => (await badgeStatus(page))?.status, { timeout: 15_000 }).toBe('not-saved');
  });
});

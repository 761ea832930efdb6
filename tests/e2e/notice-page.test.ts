// The dashboard's notice page in a real Chromium: a notice saved from a served page stays
// readable after the site removes the page (its archived text), and a researcher's corrections,
// added fact, tags and note land in the database, the summaries and the exported facts CSV.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitFor } from '../../scripts/lib/browser';
import { openDashboard, readFacts, waitForNotice, type SavedNotice } from '../../scripts/lib/lens-db';
import { noticeHtml, siteUrl } from '../pages/build-pages';
import { startHarness, waitForHighlights, type Harness } from './harness';
import { exportCsvFiles } from './export-csv';

const PATH = '/xsxc/2025/notice-page-001.html';

let h: Harness;
let notice: SavedNotice;
let page: Page;

type Db = Record<string, { toArray(): Promise<unknown[]>; get(k: unknown): Promise<unknown> }>;
const dbRows = (table: string) =>
  h.dashboard.evaluate((t) => (globalThis as unknown as { rectifyLens: { db: Db } }).rectifyLens.db[t].toArray(), table) as Promise<Array<Record<string, unknown>>>;

const fact = (sel: string) => page.locator(`[data-testid="notice-fact"]${sel}`);
const originOf = (key: string) => page.locator(`[data-testid="notice-fact"][data-key="${key}"]`).getAttribute('data-origin');

/** Selects [start, end) of the archived text the way a mouse would leave it: a DOM selection. */
async function selectText(start: number, end: number) {
  await page.evaluate(([s, e]) => {
    const pre = document.querySelector('[data-testid="archived-text"]')!;
    const at = (offset: number): [Node, number] => {
      for (const run of pre.querySelectorAll<HTMLElement>('[data-start]')) {
        const base = Number(run.dataset.start);
        const len = run.textContent!.length;
        if (offset >= base && offset <= base + len) return [run.firstChild!, offset - base];
      }
      throw new Error(`offset ${offset} not in the text`);
    };
    const range = document.createRange();
    range.setStart(...at(s));
    range.setEnd(...at(e));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, [start, end]);
}

beforeAll(async () => {
  h = await startHarness();
  h.site.routes.set(PATH, { body: noticeHtml(h.site.pages.plain.fixture!), type: 'text/html; charset=utf-8' });
  const source = await h.lens.context.newPage();
  await source.goto(siteUrl(PATH));
  await waitForHighlights(source);
  notice = await waitForNotice(h.dashboard, [siteUrl(PATH)]);
  await waitFor('the archived text', async () => (await dbRows('archives')).some((a) => a.noticeId === notice.id), 20_000);
  await source.close();
  // The site takes the page down.
  h.site.routes.delete(PATH);
  expect((await fetch(`http://127.0.0.1:${h.server.port}${PATH}`)).status).toBe(404);
  page = await h.lens.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(h.lens.extensionUrl(`dashboard.html?view=notice&id=${notice.id}`));
  await page.locator('[data-testid="notice-page"][data-found="true"]').waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
});

describe('the notice page of a notice whose page is gone', () => {
  it('shows its fields, facts grouped by kind, checks and archived text with the facts marked', async () => {
    await page.screenshot({ path: '/tmp/notice-top.png' });
    expect(await page.getByTestId('field-inspectionBody').innerText()).toBe('省委第八巡视组');
    expect(await page.getByTestId('notice-title').innerText()).toBe(notice.notice.title);
    expect(await page.getByTestId('source-link').first().getAttribute('href')).toBe(siteUrl(PATH));
    expect(await page.getByTestId('detection').getAttribute('data-is-notice')).toBe('true');
    expect(await fact('').count()).toBe(notice.factCount);
    expect(await page.locator('[data-testid="fact-group"][data-kind="sanction"] [data-testid="notice-fact"]').count()).toBeGreaterThan(0);
    expect(await fact('[data-code="party_discipline"][data-value="42"]').count()).toBe(1);
    const text = await page.getByTestId('archived-text').innerText();
    for (const f of await readFacts(h.dashboard, notice.id)) expect(text).toContain(f.quote);
    expect(await page.getByTestId('text-mark').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('no-archive').count()).toBe(0);
    // Every quote is shown with its context from the stored selector.
    expect(await fact('[data-code="party_discipline"][data-value="42"]').getByTestId('fact-quote').innerText()).toMatch(/….+42.+…/s);
  });

  it('finds a fact in the text, and asks the page to show it', async () => {
    const pd = fact('[data-code="party_discipline"][data-value="42"]');
    const key = (await pd.getAttribute('data-key'))!;
    await pd.getByTestId('locate').click();
    const mark = page.locator(`[data-testid="text-mark"][data-keys~="${key}"]`).first();
    await expect.poll(() => mark.getAttribute('class')).toContain('focused');
    expect(await mark.isVisible()).toBe(true);
    // The background opens the notice's page in a tab (it is gone: the page says so).
    const opened = h.lens.context.waitForEvent('page', { timeout: 20_000 });
    await pd.getByTestId('show-on-page').click();
    const tab = await opened;
    await expect.poll(() => tab.url()).toContain(PATH);
    await tab.close();
    await page.bringToFront();
  });

  it('corrects a value, rejects a fact and undoes it, adds a fact by selecting its words', async () => {
    const pd = fact('[data-code="party_discipline"][data-value="42"]');
    const pdKey = (await pd.getAttribute('data-key'))!;
    await pd.getByTestId('correct').click();
    await pd.getByTestId('edit-value').fill('43');
    await pd.screenshot({ path: '/tmp/notice-edit.png' });
    await pd.getByTestId('edit-save').click();
    await expect.poll(() => originOf(pdKey)).toBe('corrected');
    expect(await page.locator(`[data-key="${pdKey}"]`).getAttribute('data-value')).toBe('43');
    expect(await page.locator(`[data-key="${pdKey}"]`).getByTestId('fact-was').innerText()).toContain('42');

    const other = fact('[data-origin="extracted"]').last();
    const otherKey = (await other.getAttribute('data-key'))!;
    await other.getByTestId('reject').click();
    await expect.poll(() => originOf(otherKey)).toBe('rejected');
    await page.locator(`[data-key="${otherKey}"]`).getByTestId('undo').click();
    await expect.poll(() => originOf(otherKey)).toBe('extracted');
    await page.locator(`[data-key="${otherKey}"]`).getByTestId('reject').click();
    await expect.poll(() => originOf(otherKey)).toBe('rejected');

    // Words no fact covers: a plain run of the text.
    const run = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="archived-text"] span[data-start]')]
      .map((s) => ({ start: Number(s.dataset.start), text: s.textContent! }))
      .find((s) => s.start > 40 && s.text.trim().length > 20)!);
    const from = run.start + run.text.search(/\S/);
    await selectText(from, from + 8);
    const added = page.getByTestId('add-fact');
    await added.getByTestId('add-selected').waitFor();
    expect(await page.locator('[data-testid="archived-text"] .np-pending').count()).toBeGreaterThan(0);
    await added.getByTestId('edit-code').selectOption('clues');
    await added.getByTestId('edit-value').fill('7');
    await added.getByTestId('edit-unit').fill('条');
    await page.locator('.np-right').screenshot({ path: '/tmp/notice-add.png' });
    await added.getByTestId('edit-save').click();
    await fact('[data-origin="added"]').waitFor();
    expect(await fact('[data-origin="added"]').getAttribute('data-code')).toBe('clues');
    expect(await page.locator('[data-testid="text-mark"].origin-added').count()).toBe(1);

    const corrections = await dbRows('corrections');
    expect(corrections.map((c) => c.kind).sort()).toEqual(['added', 'corrected', 'rejected']);
    const byKind = Object.fromEntries(corrections.map((c) => [c.kind as string, c]));
    expect(byKind.corrected).toMatchObject({ noticeId: notice.id, factId: Number(pdKey.slice(1)), patch: { value: 43 } });
    expect(byKind.rejected).toMatchObject({ noticeId: notice.id, factId: Number(otherKey.slice(1)) });
    // The selection less the separators at its ends (lib/anchoring/archive-marks.ts).
    const selected = run.text.slice(from - run.start, from - run.start + 8);
    const lead = selected.match(/^[\s,，、;；:：。.!！?？]*/)![0].length;
    const exact = selected.slice(lead).replace(/[\s,，、;；:：。.!！?？]+$/, '');
    expect(byKind.added).toMatchObject({ noticeId: notice.id, anchor: { exact, start: from + lead }, fact: { code: 'clues', value: 7, unit: '条', quote: exact } });
    expect((byKind.added.anchor as { prefix: string }).prefix.length).toBeGreaterThan(0);
  });

  it('sets tags and a note; the summary follows every write', async () => {
    for (const tag of ['已核对', '浙江']) {
      await page.getByTestId('tag-input').fill(tag);
      await page.getByTestId('tag-input').press('Enter');
      await page.locator(`[data-testid="tag"][data-tag="${tag}"]`).waitFor();
    }
    await page.getByTestId('note-input').fill('处分人数与原文核对一致。');
    await page.getByTestId('note-save').click();
    await page.getByTestId('annotation-status').waitFor();
    const annotations = await dbRows('annotations');
    expect(annotations).toEqual([expect.objectContaining({ noticeId: notice.id, tags: ['已核对', '浙江'], note: '处分人数与原文核对一致。' })]);
    const summary = (await dbRows('summaries')).find((s) => s.noticeId === notice.id)!;
    expect(summary).toMatchObject({ tags: ['已核对', '浙江'], note: '处分人数与原文核对一致。', correctionCount: 3 });
    expect(summary.codes).toContain('clues');
    expect((summary.figures as Array<{ code: string; value: number }>).find((f) => f.code === 'party_discipline')?.value).toBe(43);

    await page.screenshot({ path: '/tmp/notice-page.png', fullPage: false });
    await page.getByTestId('archived-text').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/notice-page-full.png', fullPage: true });
  });

  it('the exported facts CSV carries each fact\'s origin', async () => {
    const rows = (await exportCsvFiles(h.dashboard)).facts.filter((r) => r.url === siteUrl(PATH));
    const origins = rows.map((r) => r.origin);
    expect(new Set(origins)).toEqual(new Set(['extracted', 'corrected', 'rejected', 'added']));
    expect(rows.find((r) => r.origin === 'corrected')).toMatchObject({ code: 'party_discipline', value: '43' });
    expect(rows.find((r) => r.origin === 'added')).toMatchObject({ code: 'clues', value: '7' });
    expect(rows.length).toBe(notice.factCount + 1);
  });
});

describe('without an archive, and gone', () => {
  it('says when no text was archived (an old notice), and when the notice is not in the collection', async () => {
    await h.dashboard.evaluate((id) => (globalThis as unknown as { rectifyLens: { db: { archives: { delete(k: number): Promise<void> } } } }).rectifyLens.db.archives.delete(id), notice.id);
    await page.getByTestId('no-archive').waitFor();
    expect(await page.getByTestId('archived-text').count()).toBe(0);
    expect(await fact('').count()).toBe(notice.factCount + 1);
    expect(await page.getByTestId('locate').first().isDisabled()).toBe(true);
    const missing = await h.lens.context.newPage();
    await missing.goto(h.lens.extensionUrl('dashboard.html?view=notice&id=999999'));
    await missing.getByTestId('notice-not-found').waitFor();
    await missing.close();
  });

  it('Delete calls onDelete: the notice, its corrections and annotation are gone', async () => {
    await page.getByTestId('notice-delete').click();
    await page.getByTestId('notice-delete-confirm').click();
    await waitFor('the notice removed', async () => !(await dbRows('notices')).some((n) => n.id === notice.id), 15_000);
    expect((await dbRows('corrections')).filter((c) => c.noticeId === notice.id)).toEqual([]);
    expect((await dbRows('annotations')).filter((c) => c.noticeId === notice.id)).toEqual([]);
  });
});

describe('in Chinese', () => {
  it('reads in the zh_CN locale at 1280 px', async () => {
    const zh = await launchWithExtension(h.server.port, { args: ['--lang=zh-CN'] });
    try {
      h.site.routes.set(PATH, { body: noticeHtml(h.site.pages.plain.fixture!), type: 'text/html; charset=utf-8' });
      const dashboard = await openDashboard(zh);
      const source = await zh.context.newPage();
      await source.goto(siteUrl(PATH));
      await waitForHighlights(source);
      const saved = await waitForNotice(dashboard, [siteUrl(PATH)]);
      await waitFor('the archived text', () => dashboard.evaluate(async (id) =>
        !!(await (globalThis as unknown as { rectifyLens: { db: Db } }).rectifyLens.db.archives.get(id)), saved.id), 20_000);
      // The UI language setting (headless Chromium reports en-US to getUILanguage whatever --lang says).
      await dashboard.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ uiLanguage: 'zh_CN' }));
      const zhPage = await zh.context.newPage();
      await zhPage.setViewportSize({ width: 1280, height: 900 });
      await zhPage.goto(zh.extensionUrl(`dashboard.html?view=notice&id=${saved.id}`));
      await zhPage.locator('[data-testid="notice-page"][data-found="true"]').waitFor({ timeout: 20_000 });
      expect(await zhPage.locator('.np-archive h2').innerText()).toBe('存档原文');
      expect(await zhPage.getByTestId('fact-counts').innerText()).toMatch(/^共 \d+ 条/);
      // No text wider than the page.
      expect(await zhPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      await zhPage.screenshot({ path: '/tmp/notice-zh.png' });
    } finally {
      await zh.close();
    }
  });
});

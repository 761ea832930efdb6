// The content script on real pages in a real Chromium: a plain UTF-8 notice, a GBK one, one
// whose article is in an iframe, and two near misses that must get nothing. Then the popup's
// figures for the plain page and the CSV it exports.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitFor } from '../../scripts/lib/browser';
import { readFacts, readNotices, waitForNotice, type SavedFact, type SavedNotice } from '../../scripts/lib/lens-db';
import { MAX_REGISTERED } from '../../entrypoints/content/highlight-window';
import { PAGE_TEXT_PART } from '../../lib/message-protocol';
import { bigNoticeHtml, siteUrl } from '../pages/build-pages';
import type { Fixture } from '../pages/fixtures';
import { badgeCount, highlightSizes, sleep, startHarness, waitForAnalysis, waitForHighlights, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const squash = (s: string) => s.replace(/\s+/g, '');

/** The facts were read from the page's text as the fixture has it (no mojibake, no chrome). */
function expectQuotesFrom(fixture: Fixture | undefined, facts: SavedFact[]) {
  const text = squash(fixture!.text);
  const foreign = facts.filter((f) => !text.includes(squash(f.quote)));
  expect(foreign.map((f) => f.quote)).toEqual([]);
}

/** At least half of the gold (code, value) pairs are among the saved facts. */
function expectGoldFacts(fixture: Fixture | undefined, facts: SavedFact[]) {
  const gold = fixture?.gold?.facts ?? [];
  if (!gold.length) return;
  const saved = new Set(facts.map((f) => `${f.code}=${f.value}`));
  const found = gold.filter((g) => saved.has(`${g.code}=${g.value}`)).length;
  expect(found / gold.length).toBeGreaterThanOrEqual(0.5);
}

describe('a notice page', () => {
  it('plain UTF-8: highlights numbers and sanctions, shows the badge, saves the notice and its facts', async () => {
    const { plain } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(plain.url);
    const sizes = await waitForHighlights(page);
    expect(sizes.sanctions).toBeGreaterThan(0);
    expect(await badgeCount(page)).toBe(1);

    const notice = await waitForNotice(h.dashboard, [plain.url]);
    expect(notice.detection.isNotice).toBe(true);
    expect(sizes.numbers).toBeLessThanOrEqual(notice.numbers.length);
    expect(sizes.numbers).toBeGreaterThanOrEqual(Math.floor(notice.numbers.length * 0.9));
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts.length).toBe(notice.factCount);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
    expectQuotesFrom(plain.fixture, facts);
    expectGoldFacts(plain.fixture, facts);
    expect(notice.notice.inspectionBody).toBe('省委第八巡视组');
    await page.close();
  });

  it('reloaded: the same notice row is updated, never duplicated', async () => {
    const { plain } = h.site.pages;
    const before = await waitForNotice(h.dashboard, [plain.url]);
    const page = await h.lens.context.newPage();
    await page.goto(plain.url);
    await waitForHighlights(page);
    await page.reload();
    await waitForHighlights(page);
    // Give the re-save time to land, checking all along that no second row appears.
    for (let i = 0; i < 12; i++) {
      const rows = (await readNotices(h.dashboard)).filter((n) => n.url === plain.url || n.canonicalUrl === plain.url);
      expect(rows.map((r) => r.id)).toEqual([before.id]);
      await sleep(250);
    }
    const facts = await readFacts(h.dashboard, before.id);
    expect(facts.length).toBe(before.factCount);
    await page.close();
  });

  it('GBK-encoded: decoded right, so the saved quotes are the notice text', async () => {
    const { gbk } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(gbk.url);
    expect(await page.evaluate(() => document.characterSet)).toBe('GBK');
    await waitForHighlights(page);
    expect(await badgeCount(page)).toBe(1);
    const notice = await waitForNotice(h.dashboard, [gbk.url]);
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts.length).toBeGreaterThan(0);
    expectQuotesFrom(gbk.fixture, facts);
    expectGoldFacts(gbk.fixture, facts);
    await page.close();
  });

  it('article in a same-site iframe: highlighted inside the frame and saved', async () => {
    const { iframe } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(iframe.url);
    const frame = await waitFor('the article frame', async () => page.frame({ url: iframe.frameUrl! }));
    await waitForHighlights(frame);
    expect((await badgeCount(page)) + (await badgeCount(frame))).toBeGreaterThanOrEqual(1);
    const notice = await waitForNotice(h.dashboard, [iframe.url, iframe.frameUrl!]);
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts.length).toBeGreaterThan(0);
    expectQuotesFrom(iframe.fixture, facts);
    expectGoldFacts(iframe.fixture, facts);
    await page.close();
  });
});

describe('a big notice page (its text goes to the background in parts)', () => {
  it('is saved whole and highlighted near the viewport', async () => {
    const { plain } = h.site.pages;
    const path = '/xsxc/2025/big-001.html';
    h.site.routes.set(path, { body: bigNoticeHtml(plain.fixture!, 1_500_000), type: 'text/html; charset=utf-8' });
    const page = await h.lens.context.newPage();
    await page.goto(siteUrl(path));
    const sizes = await waitForHighlights(page);
    const notice = (await waitForNotice(h.dashboard, [siteUrl(path)])) as SavedNotice & { textLength: number; numbers: { start: number }[] };
    expect(notice.textLength).toBeGreaterThan(2 * PAGE_TEXT_PART);
    // Only a window of the ranges near the viewport is registered on a page this big ...
    expect(notice.numbers.length).toBeGreaterThan(MAX_REGISTERED);
    expect(sizes.numbers).toBe(MAX_REGISTERED);
    // ... and it follows the reader: scrolled to the end, numbers on the last screen are lit.
    const litOnScreen = () => page.evaluate(() => [...((CSS.highlights.get('rl-number') ?? []) as Iterable<AbstractRange>)].some((r) => {
      const rect = r.startContainer.parentElement!.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < innerHeight;
    }));
    expect(await litOnScreen()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight - innerHeight * 1.5));
    await expect.poll(litOnScreen, { timeout: 15_000 }).toBe(true);
    expect((await highlightSizes(page)).numbers).toBe(MAX_REGISTERED);
    // The last number sits in the last part: offsets survived the joining.
    const last = notice.numbers[notice.numbers.length - 1];
    expect(last.start).toBeGreaterThan(2 * PAGE_TEXT_PART);
    await page.close();
  });
});

describe('a page machine-translated into English', () => {
  it('is read with compromise in the background: highlighted and saved with the same codes', async () => {
    const { english } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(english.url);
    const sizes = await waitForHighlights(page);
    expect(sizes.sanctions).toBeGreaterThan(0);
    const notice = await waitForNotice(h.dashboard, [english.url]);
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
    expect(facts).toContainEqual(expect.objectContaining({ code: 'money_refunded', value: 1858200 }));
    await page.close();
  });
});

describe('a near miss', () => {
  it.each(['arrival', 'bulletin'] as const)('%s page gets nothing: no highlights, no badge, nothing saved', async (name) => {
    const target = h.site.pages[name];
    const page = await h.lens.context.newPage();
    await page.goto(target.url);
    await waitForAnalysis(page);
    await sleep(1500);
    expect(await highlightSizes(page)).toEqual({ numbers: 0, sanctions: 0 });
    expect(await badgeCount(page)).toBe(0);
    const rows = (await readNotices(h.dashboard)).filter((n) => n.url === target.url);
    expect(rows).toEqual([]);
    await page.close();
  });
});

describe('the popup', () => {
  it('shows the tested tab\'s headline figures and exports the CSV files', async () => {
    const { plain } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(plain.url);
    await waitForHighlights(page);
    const tabId = await tabIdOf(h.dashboard, plain.url);

    const popup = await h.lens.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(h.lens.extensionUrl(`popup.html?tabId=${tabId}`));
    await expect.poll(() => popup.getByTestId('notice-status').first().getAttribute('data-status'), { timeout: 20_000 }).toBe('notice');
    const row = popup.locator('[data-testid="headline-figures"] tr[data-code="party_discipline"]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.getAttribute('data-value')).toBe('42');
    expect(await row.innerText()).toContain('42');

    const downloads: Download[] = [];
    popup.on('download', (d) => downloads.push(d));
    await popup.getByTestId('export-csv').click();
    await waitFor('two CSV downloads', async () => downloads.length >= 2, 15_000);
    const files = new Map<string, string>();
    for (const d of downloads) files.set(d.suggestedFilename(), fs.readFileSync((await d.path())!, 'utf8'));
    const noticesCsv = [...files].find(([name]) => name.includes('notices'))?.[1];
    const factsCsv = [...files].find(([name]) => name.includes('facts'))?.[1];
    expect(noticesCsv?.charCodeAt(0)).toBe(0xfeff);
    expect(factsCsv?.charCodeAt(0)).toBe(0xfeff);

    const notices = Papa.parse<Record<string, string>>(noticesCsv!.slice(1), { header: true, skipEmptyLines: true });
    expect(notices.errors).toEqual([]);
    expect(notices.meta.fields).toEqual(expect.arrayContaining(['url', 'issuer', 'party_discipline', 'gov_sanction']));
    const mine = notices.data.find((r) => r.url === plain.url);
    expect(mine?.party_discipline).toBe('42');
    expect(mine?.inspection_body).toBe('省委第八巡视组');

    const facts = Papa.parse<Record<string, string>>(factsCsv!.slice(1), { header: true, skipEmptyLines: true });
    expect(facts.errors).toEqual([]);
    expect(facts.meta.fields).toEqual(expect.arrayContaining(['code', 'value', 'quote']));
    const pd = facts.data.find((r) => r.url === plain.url && r.code === 'party_discipline' && r.value === '42');
    expect(pd?.quote).toContain('42');
    // A quote with a comma or a double quote in it is wrapped and escaped (RFC 4180), so it parses back whole.
    const tricky = facts.data.find((r) => /[",]/.test(r.quote ?? ''));
    if (tricky) expect(factsCsv).toContain(`"${tricky.quote.replace(/"/g, '""')}"`);
    await popup.close();
    await page.close();
  });
});

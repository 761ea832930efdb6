// The dashboard's notices grid in a real Chromium, over notices saved by visiting the test pages:
// sorting by a column, each filter and a combination (the rows shown are the ones the pure filter
// keeps), the URL keeping view, filter and sort across a reload, opening a notice, and delete with
// undo, checking the database's tables after each step. No timings are asserted.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/lib/browser';
import { waitForNotice } from '../../scripts/lib/lens-db';
import { EMPTY_FILTER, filterSummaries, type SummaryFilter } from '../../lib/collection/summary-filter';
import type { SummaryRow } from '../../lib/db';
import { startHarness, type Harness } from './harness';
import { syntheticSummaries } from './synthetic-summaries';
import { exportCsvFiles } from './export-csv';

let h: Harness;
let grid: Page;
let rows: SummaryRow[];

type Db = { rectifyLens: { db: Record<string, { count(): Promise<number>; toArray(): Promise<unknown[]>; update(k: number, v: object): Promise<number> }> } };

const counts = (page: Page) =>
  page.evaluate(async () => {
    const db = (globalThis as unknown as Db).rectifyLens.db;
    return { summaries: await db.summaries.count(), notices: await db.notices.count(), facts: await db.facts.count(), corrections: await db.corrections.count() };
  });
const readSummaries = (page: Page) => page.evaluate(() => (globalThis as unknown as Db).rectifyLens.db.summaries.toArray()) as Promise<SummaryRow[]>;
const factsOf = (page: Page, id: number) =>
  page.evaluate(async (id) => ((await (globalThis as unknown as Db).rectifyLens.db.facts.toArray()) as { noticeId: number }[]).filter((f) => f.noticeId === id).length, id);

/** The notice ids of the grid's rows, top to bottom. */
const shownIds = (page: Page) =>
  page.locator('[data-testid="notice-row"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-notice-id'))));

async function expectShown(page: Page, ids: number[], ordered = false) {
  const norm = (xs: number[]) => (ordered ? xs : [...xs].sort((a, b) => a - b));
  await expect.poll(async () => norm(await shownIds(page)), { timeout: 10_000 }).toEqual(norm(ids));
  await expect.poll(() => page.getByTestId('notices-shown').getAttribute('data-shown')).toBe(String(ids.length));
}

const expected = (f: Partial<SummaryFilter>) => filterSummaries(rows, { ...EMPTY_FILTER, ...f }).map((r) => r.noticeId);

beforeAll(async () => {
  h = await startHarness();
  const { plain, gbk, iframe } = h.site.pages;
  for (const p of [plain, gbk, iframe]) {
    const page = await h.lens.context.newPage();
    await page.goto(p.url);
    await waitForNotice(h.dashboard, [p.url, ...(p.frameUrl ? [p.frameUrl] : [])]);
    await page.close();
  }
  await waitFor('three summaries', async () => (await counts(h.dashboard)).summaries === 3);
  // Places, tags and a warning as the places and annotation helpers would write them (the saved
  // pages have none of their own), so those filters have something to choose.
  const saved = (await readSummaries(h.dashboard)).sort((a, b) => a.noticeId - b.noticeId);
  const extra = [
    { province: '浙江省', city: '温州市', tags: ['待核'], warningCount: 1 },
    { province: '山东省', city: '潍坊市', tags: ['待核', '重点'] },
    { province: '浙江省', city: '杭州市' },
  ];
  await h.dashboard.evaluate(async (updates) => {
    const db = (globalThis as unknown as Db).rectifyLens.db;
    for (const [id, u] of updates) await db.summaries.update(id, u);
  }, saved.map((s, i) => [s.noticeId, extra[i]] as [number, object]));
  rows = await readSummaries(h.dashboard);
  grid = await h.lens.context.newPage();
  await grid.goto(h.lens.extensionUrl('dashboard.html'));
  await waitFor('the grid rows', async () => (await shownIds(grid)).length === rows.length);
});
afterAll(async () => {
  await h?.close();
});

describe('the notices grid', () => {
  it('shows every notice, newest saved first, each URL short with the full one in its title', async () => {
    const newest = [...rows].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)).map((r) => r.noticeId);
    await expectShown(grid, newest, true);
    const link = grid.locator(`[data-testid="notice-row"][data-notice-id="${rows[0].noticeId}"] a.grid-url`);
    expect(await link.getAttribute('title')).toBe(rows[0].url);
    expect(await link.textContent()).toBe(rows[0].url.replace(/^https?:\/\//, '').replace(/[?#].*$/, ''));
    expect(await grid.getByTestId('notices-shown').getAttribute('data-total')).toBe('3');
  });

  it('sorts by a column when its header is clicked, both ways, and says so in the URL', async () => {
    const byFacts = [...rows].sort((a, b) => b.factCount - a.factCount).map((r) => r.noticeId);
    await grid.getByTestId('sort-facts').click();
    await expectShown(grid, byFacts, true);
    expect(new URL(grid.url()).searchParams.get('sort')).toBe('facts:desc');
    await grid.getByTestId('sort-facts').click();
    await expectShown(grid, [...byFacts].reverse(), true);
    expect(new URL(grid.url()).searchParams.get('sort')).toBe('facts:asc');
    const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
    await grid.getByTestId('sort-title').click();
    await expectShown(grid, [...rows].sort((a, b) => collator.compare(a.title, b.title)).map((r) => r.noticeId), true);
  });

  /** A code some notices have and some do not. */
  it('hides a column from the column chooser, and resizes one by its header handle', async () => {
    await grid.getByTestId('column-chooser').locator('summary').click();
    await grid.getByTestId('column-toggle-city').uncheck();
    await expect.poll(() => grid.locator('[role="columnheader"][data-column="city"]').count()).toBe(0);
    await grid.getByTestId('column-toggle-city').check();
    await expect.poll(() => grid.locator('[role="columnheader"][data-column="city"]').count()).toBe(1);
    await grid.getByTestId('column-chooser').locator('summary').click();

    const header = grid.locator('[role="columnheader"][data-column="issuer"]');
    const before = (await header.boundingBox())!;
    const handle = (await header.locator('.grid-resizer').boundingBox())!;
    await grid.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await grid.mouse.down();
    await grid.mouse.move(handle.x + handle.width / 2 + 60, handle.y + handle.height / 2, { steps: 5 });
    await grid.mouse.up();
    await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before.width) + 60);
    // The body cells follow the header.
    const cell = grid.locator('[data-testid="notice-row"]').first().locator('.col-issuer');
    expect(Math.round((await cell.boundingBox())!.width)).toBe(Math.round(before.width) + 60);
    await grid.getByTestId('column-chooser').locator('summary').click();
    await grid.getByTestId('columns-reset').click();
    await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before.width));
    await grid.getByTestId('column-chooser').locator('summary').click();
  });

  const withCode = () => rows.flatMap((r) => r.codes).find((c) => rows.some((r) => !r.codes.includes(c)))!;
  const cases: Array<[string, () => Promise<Partial<SummaryFilter>>]> = [
    ['free text', async () => {
      const q = rows[1].title.slice(2, 6);
      await grid.getByTestId('filter-input').fill(q);
      return { q };
    }],
    ['free text in the URL', async () => {
      await grid.getByTestId('filter-input').fill('XSXC/2022');
      return { q: 'XSXC/2022' };
    }],
    ...(['issuer', 'body', 'province', 'city', 'tag'] as const).map((key): [string, () => Promise<Partial<SummaryFilter>>] => [key, async () => {
      const value = (await grid.getByTestId(`filter-${key}`).locator('option').nth(1).getAttribute('value'))!;
      await grid.getByTestId(`filter-${key}`).selectOption(value);
      return { [key]: value };
    }]),
    ['type 巡视', async () => (await grid.getByTestId('filter-type').selectOption('巡视'), { type: '巡视' as const })],
    ['type 巡察', async () => (await grid.getByTestId('filter-type').selectOption('巡察'), { type: '巡察' as const })],
    ['year from', async () => {
      const y = Math.max(...rows.map((r) => r.year ?? 0));
      await grid.getByTestId('filter-from').selectOption(String(y));
      return { from: y };
    }],
    ['year range', async () => {
      const ys = rows.map((r) => r.year!).sort();
      await grid.getByTestId('filter-from').selectOption(String(ys[0]));
      await grid.getByTestId('filter-to').selectOption(String(ys[1]));
      return { from: ys[0], to: ys[1] };
    }],
    ['has code', async () => (await grid.getByTestId('filter-code').selectOption(withCode()), { code: withCode() })],
    ['has check warnings', async () => (await grid.getByTestId('filter-warn').check(), { warn: true })],
    ['combined: province and tag', async () => {
      await grid.getByTestId('filter-province').selectOption('浙江省');
      await grid.getByTestId('filter-tag').selectOption('待核');
      return { province: '浙江省', tag: '待核' };
    }],
  ];
  for (const [name, apply] of cases) {
    it(`filter: ${name} shows the rows the filter keeps`, async () => {
      const filter = await apply();
      const ids = expected(filter);
      expect(ids.length).toBeLessThan(rows.length);
      await expectShown(grid, ids);
      await grid.getByTestId('filter-clear').click();
      await expectShown(grid, rows.map((r) => r.noticeId));
    });
  }

  it('keeps view, filter and sort in the URL across a reload', async () => {
    await grid.getByTestId('filter-type').selectOption('巡视');
    await grid.getByTestId('filter-province').selectOption('浙江省');
    // Saved sorts newest first on the first click (the default order), oldest first on the second.
    await grid.getByTestId('sort-saved').click();
    await grid.getByTestId('sort-saved').click();
    const filter = { type: '巡视' as const, province: '浙江省' };
    await expectShown(grid, expected(filter));
    const before = await shownIds(grid);
    const search = new URL(grid.url()).searchParams;
    expect([search.get('type'), search.get('province'), search.get('sort')]).toEqual(['巡视', '浙江省', 'saved:asc']);
    await grid.reload();
    await expectShown(grid, before, true);
    expect(await grid.getByTestId('filter-type').inputValue()).toBe('巡视');
    expect(await grid.getByTestId('filter-province').inputValue()).toBe('浙江省');
    expect(await grid.getByTestId('sort-saved').locator('..').getAttribute('aria-sort')).toBe('ascending');

    // A bookmarked URL opens as written, here on the charts view.
    const code = withCode();
    await grid.goto(h.lens.extensionUrl(`dashboard.html?view=charts&code=${code}&warn=1`));
    await expect.poll(() => grid.getByTestId('charts-view').getAttribute('data-rows')).toBe(String(expected({ code, warn: true }).length));
    expect(await grid.getByTestId('filter-warn').isChecked()).toBe(true);
    await grid.getByTestId('tab-notices').click();
    await expectShown(grid, expected({ code, warn: true }));
    expect(new URL(grid.url()).searchParams.get('view')).toBeNull();
    await grid.getByTestId('filter-clear').click();
  });

  it('exports the filtered selection: both CSVs hold the rows shown, and the charts draw them', async () => {
    await grid.getByTestId('filter-province').selectOption('浙江省');
    const ids = expected({ province: '浙江省' });
    await expectShown(grid, ids);
    const urls = new Set(rows.filter((r) => ids.includes(r.noticeId)).map((r) => r.url));
    const { notices, facts } = await exportCsvFiles(grid);
    expect(new Set(notices.map((r) => r.url))).toEqual(urls);
    expect(notices.every((r) => r.province === '浙江省')).toBe(true);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((r) => urls.has(r.url))).toBe(true);
    await grid.getByTestId('tab-charts').click();
    await expect.poll(() => grid.getByTestId('charts-view').getAttribute('data-rows')).toBe(String(ids.length));
    await grid.getByTestId('tab-notices').click();
    await grid.getByTestId('filter-clear').click();
  });

  it('opens a notice page from its row, and comes back', async () => {
    const id = rows[0].noticeId;
    await grid.locator(`[data-testid="notice-row"][data-notice-id="${id}"]`).click();
    await grid.getByTestId('notice-page').waitFor();
    const search = new URL(grid.url()).searchParams;
    expect([search.get('view'), search.get('id')]).toEqual(['notice', String(id)]);
    await grid.reload();
    await grid.getByTestId('notice-page').waitFor();
    await grid.getByTestId('notice-back').click();
    await expectShown(grid, rows.map((r) => r.noticeId));
  });

  it('deletes a row with its notice and facts, and Undo brings all of it back', async () => {
    const before = await counts(grid);
    expect(before).toMatchObject({ summaries: 3, notices: 3 });
    const victim = rows.find((r) => r.factCount > 0)!;
    const facts = await factsOf(grid, victim.noticeId);
    expect(facts).toBe(victim.factCount);

    await grid.locator(`[data-testid="notice-row"][data-notice-id="${victim.noticeId}"] [data-testid="delete-notice"]`).click();
    await expectShown(grid, rows.filter((r) => r !== victim).map((r) => r.noticeId));
    await expect.poll(() => counts(grid)).toEqual({ ...before, summaries: 2, notices: 2, facts: before.facts - facts });
    await grid.getByTestId('undo-toast').waitFor();

    await grid.getByTestId('undo-delete').click();
    await expectShown(grid, rows.map((r) => r.noticeId));
    await expect.poll(() => counts(grid)).toEqual(before);
    expect(await factsOf(grid, victim.noticeId)).toBe(facts);
    expect(await grid.getByTestId('undo-toast').count()).toBe(0);

    // Deleted for good when not undone.
    await grid.locator(`[data-testid="notice-row"][data-notice-id="${victim.noticeId}"] [data-testid="delete-notice"]`).click();
    await expect.poll(() => counts(grid)).toEqual({ ...before, summaries: 2, notices: 2, facts: before.facts - facts });
    await grid.reload();
    await expectShown(grid, rows.filter((r) => r !== victim).map((r) => r.noticeId));
    expect(await grid.getByTestId('undo-toast').count()).toBe(0);
  });
});

describe('at 10,000 notices', () => {
  const N = 10_000;
  let all: SummaryRow[];
  beforeAll(async () => {
    const synthetic = syntheticSummaries(N);
    await grid.evaluate(async (rows) => {
      await (globalThis as unknown as { rectifyLens: { db: { summaries: { bulkPut(r: unknown[]): Promise<unknown> } } } }).rectifyLens.db.summaries.bulkPut(rows);
    }, synthetic);
    await grid.goto(h.lens.extensionUrl('dashboard.html'));
    const total = String((await counts(grid)).summaries);
    expect(Number(total)).toBeGreaterThanOrEqual(N);
    await waitFor('10,000 more rows', async () => (await grid.getByTestId('notices-shown').getAttribute('data-total')) === total, 60_000);
    all = await readSummaries(grid);
  });

  it('keeps only the rows in view in the DOM, and the page no wider than the window', async () => {
    const inDom = (await shownIds(grid)).length;
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(60);
    const widths = await grid.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
  });

  it('scrolls to the last row, sorted by a column', async () => {
    // Facts sort most first on the first click, fewest first on the second: the most are then last.
    await grid.getByTestId('sort-facts').click();
    await grid.getByTestId('sort-facts').click();
    await expect.poll(() => grid.getByTestId('sort-facts').locator('..').getAttribute('aria-sort')).toBe('ascending');
    await grid.getByTestId('notices-grid').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const maxFacts = Math.max(...all.map((r) => r.factCount));
    await expect.poll(async () => {
      const ids = await shownIds(grid);
      return all.find((r) => r.noticeId === ids[ids.length - 1])?.factCount;
    }).toBe(maxFacts);
  });

  it('filters all 10,000 through an index and the rest in memory', async () => {
    await grid.getByTestId('filter-province').selectOption('山东省');
    await grid.getByTestId('filter-type').selectOption('巡察');
    const ids = filterSummaries(all, { ...EMPTY_FILTER, province: '山东省', type: '巡察' }).map((r) => r.noticeId);
    expect(ids.length).toBeGreaterThan(100);
    await expect.poll(() => grid.getByTestId('notices-shown').getAttribute('data-shown'), { timeout: 20_000 }).toBe(String(ids.length));
    const shown = await shownIds(grid);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.every((id) => ids.includes(id))).toBe(true);
  });
});

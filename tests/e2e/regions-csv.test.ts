// In a real Chromium: a saved notice's summary carries its region, and the popup's notices CSV
// writes it with figures_from (the Dexie read of the summaries inside the export's transaction).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/lib/browser';
import { waitForNotice } from '../../scripts/lib/lens-db';
import { noticeRegion } from '../../lib/regions';
import { startHarness, waitForHighlights, type Harness } from './harness';
import { exportCsvFiles } from './export-csv';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('regions in the summaries and the CSV', () => {
  it('the notices CSV has the region the notice names and says where its figures come from', async () => {
    const { plain } = h.site.pages;
    const page = await h.lens.context.newPage();
    await page.goto(plain.url);
    await waitForHighlights(page);
    const notice = await waitForNotice(h.dashboard, [plain.url]);
    const expected = noticeRegion(notice.notice as { issuer: string | null; inspectedUnit: string | null; title: string | null });
    expect(expected.province).not.toBe('');

    const summary = await waitFor('the notice summary', () => h.dashboard.evaluate(
      (id) => (globalThis as unknown as { rectifyLens: { db: { summaries: { get(id: number): Promise<unknown> } } } }).rectifyLens.db.summaries.get(id),
      notice.id,
    ));
    expect(summary).toMatchObject(expected);

    const popup = await h.lens.context.newPage();
    await popup.goto(h.lens.extensionUrl('popup.html'));
    const files = await exportCsvFiles(popup);
    const [row] = files.notices.filter((r) => r.url === plain.url);
    expect([row.province, row.city, row.county, row.division_code]).toEqual([expected.province, expected.city, expected.county, expected.divisionCode]);
    expect(row.figures_from).toMatch(/^(headline|mixed)$/);
    expect(row.party_discipline).toBe('42');
    const facts = files.facts.filter((r) => r.url === plain.url);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.province === expected.province && f.division_code === expected.divisionCode)).toBe(true);
  });
});

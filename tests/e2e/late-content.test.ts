// A CMS page whose article arrives by fetch a second after load: the content script must notice
// the change, analyse again, highlight and save. (Its own browser: the same notice text is on
// the plain page of notice-pages.test.ts, and a shared database would merge the two.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFacts, waitForNotice } from '../../scripts/lib/lens-db';
import { badgeCount, highlightSizes, startHarness, waitForAnalysis, waitForHighlights, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

it('article inserted after load: highlighted and saved once it arrives', async () => {
  const { late } = h.site.pages;
  const page = await h.lens.context.newPage();
  await page.goto(late.url);
  await waitForAnalysis(page);
  // Before the fetch lands there is nothing to highlight.
  if (!(await page.locator('#zoom p').nth(1).count())) expect((await highlightSizes(page)).numbers).toBe(0);
  const sizes = await waitForHighlights(page);
  expect(sizes.sanctions).toBeGreaterThan(0);
  expect(await badgeCount(page)).toBe(1);
  const notice = await waitForNotice(h.dashboard, [late.url]);
  await expect.poll(async () => (await readFacts(h.dashboard, notice.id)).length, { timeout: 15_000 }).toBeGreaterThan(5);
  const facts = await readFacts(h.dashboard, notice.id);
  expect(facts).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
  await page.close();
});

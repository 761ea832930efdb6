// The content script's default sites: besides government sites (*.gov.cn, the other e2e files),
// universities (*.edu.cn), which publish their 巡视整改 notices on their own sites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacts, waitForNotice } from '../../scripts/lib/lens-db';
import { eduNoticeRoute } from '../pages/build-pages';
import { startHarness, waitForHighlights, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('a notice on a university site (*.edu.cn)', () => {
  it('is highlighted and saved with its figures', async () => {
    const { url, route, served } = eduNoticeRoute(h.site.pages.plain.fixture!);
    h.site.routes.set(route, served);
    const page = await h.lens.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    const notice = await waitForNotice(h.dashboard, [url]);
    expect(notice.detection.isNotice).toBe(true);
    const facts = await readFacts(h.dashboard, notice.id);
    expect(facts).toContainEqual(expect.objectContaining({ code: 'party_discipline', value: 42 }));
    await page.close();
  });
});

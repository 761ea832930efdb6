// An update keeps the collection: the build from before the latest schema bump saves notices
// in a Chromium profile; the current build is then loaded into the same profile (same folder,
// so the same unpacked-extension id and the same IndexedDB) and finds every notice and fact,
// upgraded to the latest schema; revisiting a page adds no row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type LensBrowser } from '../../scripts/lib/browser';
import { openDashboard, readFacts, readNotices, waitForNotice, type SavedFact, type SavedNotice } from '../../scripts/lib/lens-db';
import { extensionDir } from '../../scripts/lib/paths';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { LATEST_VERSION } from '../../lib/db/versions';
import { buildTestSite, type TestSite } from '../pages/build-pages';
import { buildPrevious } from './previous-build';
import { waitForAnalysis, waitForHighlights } from './harness';
import { launchBuildInProfile } from './load-build';

let previous: ReturnType<typeof buildPrevious>;
let work: string;
let site: TestSite;
let server: StaticServer;
let lens: LensBrowser | undefined;

beforeAll(async () => {
  previous = buildPrevious();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-upgrade-'));
  site = buildTestSite();
  server = await startServer(site.routes);
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
  previous?.remove();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

type DbWindow = { rectifyLens: { db: { verno: number; open(): Promise<unknown> } } };

const launch = (build: string) => launchBuildInProfile(work, build, server.port);

describe('loading the new build over the previous one', () => {
  it('keeps every notice and fact the previous build saved', async () => {
    const pages = [site.pages.plain, site.pages.gbk, site.pages.iframe];
    lens = await launch(previous.dir);
    let dashboard = await openDashboard(lens);
    for (const p of pages) {
      const tab = await lens.context.newPage();
      await tab.goto(p.url);
      await waitForHighlights(p.frameUrl ? await waitFor('the frame', async () => tab.frames().find((f) => f.url() === p.frameUrl)) : tab);
      await waitForNotice(dashboard, [p.url, p.frameUrl ?? p.url]);
      await tab.close();
    }
    const oldVersion = await dashboard.evaluate(async () => {
      const { db } = (globalThis as unknown as DbWindow).rectifyLens;
      await db.open();
      return db.verno;
    });
    const before: [SavedNotice[], SavedFact[]] = [await readNotices(dashboard), await readFacts(dashboard)];
    expect(before[0]).toHaveLength(pages.length);
    expect(before[1].length).toBeGreaterThan(0);
    await lens.close();

    lens = await launch(extensionDir);
    dashboard = await openDashboard(lens);
    const newVersion = await dashboard.evaluate(async () => {
      const { db } = (globalThis as unknown as DbWindow).rectifyLens;
      await db.open();
      return db.verno;
    });
    expect(newVersion).toBe(LATEST_VERSION);
    expect(oldVersion).toBeLessThanOrEqual(newVersion);
    const notices = await readNotices(dashboard);
    const facts = await readFacts(dashboard);
    const strip = ({ canonicalUrl: _c, ...n }: SavedNotice) => n;
    expect(notices.map(strip)).toEqual(before[0].map(strip));
    expect(facts).toEqual(before[1]);

    // The new build revisits a page the old one saved: still one row, its facts all there.
    const tab = await lens.context.newPage();
    await tab.goto(site.pages.plain.url);
    await waitForAnalysis(tab);
    const row = before[0].find((n) => n.url === site.pages.plain.url)!;
    expect((await readNotices(dashboard)).map((n) => n.id)).toEqual(before[0].map((n) => n.id));
    expect((await readFacts(dashboard, row.id)).length).toBe(row.factCount);
  });
});

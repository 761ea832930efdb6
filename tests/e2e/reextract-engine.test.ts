// "Re-extract collection" after an engine change, across two real builds in one Chromium profile:
// a build whose engine has one rule altered (tests/e2e/engine-variant-build.ts) saves a notice and
// the researcher corrects a fact; the current build then re-extracts the collection: the facts
// are the current engine's, the correction still applies to its fact, the report names the change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type LensBrowser } from '../../scripts/lib/browser';
import { openDashboard, readFacts, waitForNotice } from '../../scripts/lib/lens-db';
import { extensionDir } from '../../scripts/lib/paths';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { ENGINE_VERSION } from '../../lib/engine-version';
import type { ReextractProgress } from '../../lib/messages';
import type { RectifyLensDb } from '../../lib/db';
import { buildTestSite, type TestSite } from '../pages/build-pages';
import { buildEngineVariant, VARIANT_ENGINE_VERSION } from './engine-variant-build';
import { launchBuildInProfile } from './load-build';

let variant: ReturnType<typeof buildEngineVariant>;
let work: string;
let site: TestSite;
let server: StaticServer;
let lens: LensBrowser | undefined;

beforeAll(async () => {
  variant = buildEngineVariant();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-reextract-'));
  site = buildTestSite();
  server = await startServer(site.routes);
});
afterAll(async () => {
  await lens?.close();
  await server?.close();
  variant?.remove();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const launch = (build: string) => launchBuildInProfile(work, build, server.port);

type Db = { rectifyLens: { db: RectifyLensDb } };
type Reply<T> = { res?: T; err?: { message?: string } };

function send<T>(dashboard: Page, type: string): Promise<Reply<T>> {
  return dashboard.evaluate(
    (type) =>
      new Promise<Reply<T>>((resolve) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: Reply<T>) => void): void } } }).chrome.runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e9), type, timestamp: Date.now() },
          resolve,
        ),
      ),
    type,
  );
}

describe('re-extract after an engine change', () => {
  it('brings the facts to the current engine and keeps the correction on its fact', async () => {
    const { plain } = site.pages;
    lens = await launch(variant.dir);
    let dashboard = await openDashboard(lens);
    const tab = await lens.context.newPage();
    await tab.goto(plain.url);
    const notice = await waitForNotice(dashboard, [plain.url]);
    const old = await readFacts(dashboard, notice.id);
    const warning = old.find((f) => f.code === 'party_warning')!;
    expect(warning.value).toBe(29); // the variant's reading of 党内警告28人
    expect(old.some((f) => f.code === 'problems_found')).toBe(false);
    const correction = await dashboard.evaluate(async ({ noticeId, factId }) => {
      const { db } = (globalThis as unknown as Db).rectifyLens;
      const fact = (await db.facts.get(factId))!;
      const at = new Date().toISOString();
      const id = await db.corrections.add({ noticeId, kind: 'corrected', factId, anchor: fact.selector, patch: { value: 27 }, comment: 'checked against the PDF', createdAt: at, updatedAt: at });
      return { id, version: (await db.notices.get(noticeId))!.engineVersion };
    }, { noticeId: notice.id, factId: warning.id });
    expect(correction.version).toBe(VARIANT_ENGINE_VERSION);
    await lens.close();

    lens = await launch(extensionDir);
    dashboard = await openDashboard(lens);
    expect((await send<ReextractProgress>(dashboard, 'startReextract')).err).toBeUndefined();
    const done = await waitFor('the re-extraction to finish', async () => {
      const p = (await send<ReextractProgress>(dashboard, 'getReextractProgress')).res;
      return p && p.status !== 'running' ? p : null;
    }, 60_000);
    expect(done).toMatchObject({ status: 'done', engineVersion: ENGINE_VERSION, total: 1, counts: { updated: 1 } });
    const entry = done.entries.find((e) => e.noticeId === notice.id)!;
    expect(entry.changed).toBeGreaterThanOrEqual(1);
    expect(entry.added).toBeGreaterThanOrEqual(1);
    expect(entry.lost).toBe(0);
    expect(entry.orphanedCorrections).toBe(0);
    expect(entry.examples.join('\n')).toContain('党内警告 29人');

    const facts = await readFacts(dashboard, notice.id);
    const restored = facts.find((f) => f.code === 'party_warning')!;
    expect(restored.value).toBe(28);
    expect(facts.some((f) => f.code === 'problems_found')).toBe(true);
    const state = await dashboard.evaluate(async (noticeId) => {
      const { db } = (globalThis as unknown as Db).rectifyLens;
      return { corrections: await db.corrections.where('noticeId').equals(noticeId).toArray(), notice: await db.notices.get(noticeId), summary: await db.summaries.get(noticeId) };
    }, notice.id);
    expect(state.notice?.engineVersion).toBe(ENGINE_VERSION);
    expect(state.corrections).toEqual([expect.objectContaining({ id: correction.id, factId: restored.id, patch: { value: 27 }, comment: 'checked against the PDF' })]);
    expect(state.summary).toMatchObject({ engineVersion: ENGINE_VERSION, correctionCount: 1 });
  });
});

// Reading the extension's database the way the e2e tests and the demo do: through the
// dashboard page, which exposes its Dexie instance as globalThis.rectifyLens.db.
import type { Page } from 'playwright-core';
import type { LensBrowser } from './browser';
import { waitFor } from './browser';

export interface SavedNotice {
  id: number;
  url: string;
  canonicalUrl: string;
  pageTitle: string;
  notice: Record<string, string | null>;
  detection: { isNotice: boolean; score: number; reasons: string[] };
  checks: { code: string; stated: number; sumOfParts: number; ok: boolean }[];
  numbers: unknown[];
  factCount: number;
  savedAt: string;
  updatedAt: string;
}

export interface SavedFact {
  id: number;
  noticeId: number;
  kind: string;
  code: string;
  label: string;
  value: number | null;
  unit: string | null;
  approx: boolean;
  parent: string | null;
  headline?: boolean;
  quote: string;
}

type DbWindow = { rectifyLens?: { db: { notices: { toArray(): Promise<unknown[]> }; facts: { toArray(): Promise<unknown[]> } } } };

export async function openDashboard(lens: LensBrowser): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(lens.extensionUrl('dashboard.html'));
  await page.waitForFunction(() => !!(globalThis as DbWindow).rectifyLens?.db, undefined, { timeout: 15_000 });
  return page;
}

export async function readNotices(dashboard: Page): Promise<SavedNotice[]> {
  return dashboard.evaluate(() => (globalThis as DbWindow).rectifyLens!.db.notices.toArray()) as Promise<SavedNotice[]>;
}

export async function readFacts(dashboard: Page, noticeId?: number): Promise<SavedFact[]> {
  const all = (await dashboard.evaluate(() => (globalThis as DbWindow).rectifyLens!.db.facts.toArray())) as SavedFact[];
  return noticeId === undefined ? all : all.filter((f) => f.noticeId === noticeId);
}

/** The saved notice whose url (or canonicalUrl) is one of urls, once it exists. */
export async function waitForNotice(dashboard: Page, urls: string[], timeoutMs = 30_000): Promise<SavedNotice> {
  return waitFor(
    `a saved notice for ${urls.join(' or ')}`,
    async () => (await readNotices(dashboard)).find((n) => urls.includes(n.url) || urls.includes(n.canonicalUrl)) ?? null,
    timeoutMs,
    250,
  );
}

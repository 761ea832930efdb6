// One browser per test file: the loopback test site, Chromium with the built extension, and the
// dashboard page the tests read the database through.
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, waitFor, type LensBrowser } from '../../scripts/lib/browser';
import { openDashboard } from '../../scripts/lib/lens-db';
import { startServer, type StaticServer } from '../../scripts/lib/static-server';
import { buildTestSite, type TestSite } from '../pages/build-pages';

export interface Harness {
  site: TestSite;
  server: StaticServer;
  lens: LensBrowser;
  dashboard: Page;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const site = buildTestSite();
  const server = await startServer(site.routes);
  let lens: LensBrowser | undefined;
  try {
    lens = await launchWithExtension(server.port);
    const dashboard = await openDashboard(lens);
    const opened = lens;
    return { site, server, lens, dashboard, close: async () => { await opened.close(); await server.close(); } };
  } catch (error) {
    await lens?.close();
    await server.close();
    throw error;
  }
}

export interface HighlightSizes {
  numbers: number;
  sanctions: number;
}

/** Sizes of the content script's highlights, read from the page's main world (same registry). */
export function highlightSizes(frame: Page | Frame): Promise<HighlightSizes> {
  return frame.evaluate(() => ({
    numbers: CSS.highlights.get('rl-number')?.size ?? 0,
    sanctions: CSS.highlights.get('rl-sanction')?.size ?? 0,
  }));
}

export function waitForHighlights(frame: Page | Frame, timeoutMs = 30_000): Promise<HighlightSizes> {
  return waitFor('highlights on the page', async () => {
    const sizes = await highlightSizes(frame);
    return sizes.numbers > 0 ? sizes : null;
  }, timeoutMs);
}

/** Resolves once the content script has finished at least `runs` analyses of this frame. */
export async function waitForAnalysis(frame: Page | Frame, runs = 1, timeoutMs = 30_000): Promise<void> {
  await waitFor('the content script to analyse the page', () =>
    frame.evaluate((n) => performance.getEntriesByName('rl:total').length >= n, runs), timeoutMs);
}

export function badgeCount(frame: Page | Frame): Promise<number> {
  return frame.locator('[data-rectify-lens]').count();
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

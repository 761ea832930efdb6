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

interface CdpNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The badge's save status (its data-status and text), read through the DevTools protocol, which
 * sees into closed shadow roots (nothing in the page can). Null when there is no badge.
 */
export async function badgeStatus(page: Page): Promise<{ status: string; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    const find = (n: CdpNode): { status: string; text: string } | null => {
      const attrs = n.attributes ?? [];
      const i = attrs.indexOf('data-status');
      if (i >= 0 && i % 2 === 0) return { status: attrs[i + 1], text: textOf(n) };
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const found = find(c);
        if (found) return found;
      }
      return null;
    };
    return find(root);
  } finally {
    await cdp.detach();
  }
}

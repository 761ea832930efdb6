// Headless Chromium (the system's, never a downloaded one) with the built extension loaded,
// the default sites' names (*.gov.cn, *.edu.cn) resolved to the loopback server and every other
// name to nowhere.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, extensionDir, INSTALL_HINT } from './paths';
import { findTabInExtensionPage } from './find-tab';

/** A site off the default ones, for the settings page's "add a site" (tests/e2e/settings-sites.test.ts). */
export const ADDED_SITE_HOST = 'news.example.org';

export interface LensBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/<file> */
  extensionUrl(file: string): string;
  close(): Promise<void>;
}

export function assertChromium(): void {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: ${INSTALL_HINT}`);
  }
}

export interface LaunchOptions {
  extDir?: string;
  viewport?: { width: number; height: number };
  /** More Chromium switches (e.g. --log-net-log=FILE). */
  args?: string[];
  /** A profile the caller keeps (and removes) across launches, e.g. an upgrade. */
  userDataDir?: string;
}

export async function launchWithExtension(port: number, opts: LaunchOptions = {}): Promise<LensBrowser> {
  assertChromium();
  const ext = opts.extDir ?? extensionDir;
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // http:// stays http:// (no HTTPS-first probe against the loopback port).
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForEngagedSites',
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}, MAP *.edu.cn 127.0.0.1:${port}, MAP ${ADDED_SITE_HOST} 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      ...(opts.args ?? []),
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`, close };
  } catch (error) {
    await close();
    throw new Error(`The extension did not start (no service worker from ${ext}): ${String(error)}`, { cause: error });
  }
}

/** Polls fn until it returns a truthy value; throws with `what` after timeoutMs. */
export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, everyMs = 150): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Tab id of the (first) tab showing url, asked from an extension page (see find-tab.ts). */
export async function tabIdOf(extPage: Page, url: string): Promise<number> {
  return waitFor(`a tab showing ${url}`, () => extPage.evaluate(findTabInExtensionPage, url));
}

// Headless Firefox ESR (the system's, never a downloaded one) driven by puppeteer-core over
// WebDriver BiDi, with the Firefox build installed as a temporary add-on. Every host name
// resolves to 127.0.0.1 (network.dns.forceResolve), so page URLs name the loopback server's port:
// http://www.example.gov.cn:PORT/… (the content script's match patterns ignore the port).
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from './browser';
import { FIREFOX_INSTALL_HINT, firefoxExtensionDir, firefoxPath } from './paths';

// The moz-extension:// host is a per-profile random UUID; fixing it in the profile's
// extensions.webextensions.uuids pref makes the extension's page URLs known in advance.
const EXTENSION_UUID = '3f0b6a52-8c1e-4d7a-9b25-6e4c1d8f2a70';

export interface FirefoxLens {
  browser: Browser;
  /** moz-extension://UUID/<file> */
  extensionUrl(file: string): string;
  /** A new tab showing url (extension pages too, which puppeteer's goto cannot await). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxPresent(): boolean {
  return fs.existsSync(firefoxPath);
}

/** The add-on id the build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
export function geckoId(dir = firefoxExtensionDir): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`The build at ${dir} declares no add-on id (browser_specific_settings.gecko.id).`);
  return id;
}

export async function launchFirefoxWithExtension(opts: { extDir?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxLens> {
  if (!firefoxPresent()) throw new Error(`Firefox not found at ${firefoxPath}. Install it with: ${FIREFOX_INSTALL_HINT}`);
  const ext = opts.extDir ?? firefoxExtensionDir;
  const id = geckoId(ext);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // permissions.request (the settings page's "Add a site") grants without its prompt, which
      // a headless browser cannot answer; the request must still come from a click.
      'extensions.webextOptionalPermissionPrompts': false,
      ...opts.prefs,
    },
  });
  const close = () => browser.close().catch(() => undefined);
  try {
    const installed = await browser.installExtension(ext);
    if (installed !== id) throw new Error(`installed as ${installed}, expected ${id}`);
  } catch (error) {
    await close();
    throw new Error(`The extension did not install from ${ext}: ${String(error)}`, { cause: error });
  }
  const extensionUrl = (file: string) => `moz-extension://${EXTENSION_UUID}/${file}`;
  const open = async (url: string) => {
    const page = await browser.newPage();
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url);
      return page;
    }
    // The BiDi navigation events of an extension page never reach puppeteer, so its goto would
    // time out: start it, then wait for the document itself.
    page.goto(url).catch(() => undefined);
    await waitFor(`${url} to load`, () =>
      page.evaluate((u) => location.href === u && document.readyState === 'complete', url), 20_000);
    return page;
  };
  return { browser, extensionUrl, open, close };
}

type DbWindow = { rectifyLens?: { db: Record<'notices' | 'facts', { toArray(): PromiseLike<unknown[]> }> } };

/**
 * All rows of one table, read through the dashboard page (globalThis.rectifyLens.db). The async
 * wrapper matters: BiDi awaits only native promises, and Dexie returns its own.
 */
export function readTable<T>(dashboard: Page, table: 'notices' | 'facts'): Promise<T[]> {
  return dashboard.evaluate(async (t) => await (globalThis as DbWindow).rectifyLens!.db[t].toArray(), table) as Promise<T[]>;
}

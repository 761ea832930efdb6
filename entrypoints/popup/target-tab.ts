// Which tab the popup talks about. Normally the active tab of the current window; but the e2e
// tests open popup.html in a tab of its own (which is then the active tab), so they name the
// tested page's tab explicitly with ?tabId=N.
import { browser, type Browser } from 'wxt/browser';

export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

export async function resolveTargetTab(search: string = location.search): Promise<Browser.tabs.Tab | null> {
  const explicit = tabIdFromSearch(search);
  if (explicit !== null) {
    try {
      return (await browser.tabs.get(explicit)) ?? null;
    } catch {
      return null;
    }
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}

/** Pages no extension may script: the browser's own pages and the extension stores. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return (
    /^(chrome|edge|brave|opera|vivaldi|about|devtools|view-source|chrome-extension|moz-extension|chrome-search):/i.test(url) ||
    /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/i.test(url)
  );
}

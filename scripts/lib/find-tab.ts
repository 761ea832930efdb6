// Finds, from inside an extension page, the id of the tab showing a URL. The extension has no host
// permission, so tabs.query hides the URL of a gov.cn tab: each tab's content script is asked
// instead, with the popup's own getPageState message (@webext-core/messaging's wire format:
// { id, type, data, timestamp } → { res }). Passed whole to page.evaluate (Playwright or puppeteer),
// so it must stay self-contained; `chrome` in Chromium, `browser` in Firefox.
export async function findTabInExtensionPage(url: string): Promise<number | null> {
  type Tab = { id?: number; url?: string };
  type Api = { tabs: {
    query(q: object): Promise<Tab[]>;
    sendMessage(id: number, message: object, options: object): Promise<{ res?: { url?: string } | null } | undefined>;
  } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  const tabs = await api.tabs.query({});
  const seen = tabs.find((t) => t.url === url);
  if (seen?.id !== undefined) return seen.id;
  for (const t of tabs) {
    if (t.id === undefined || t.url !== undefined) continue;
    const reply = await api.tabs
      .sendMessage(t.id, { id: 0, type: 'getPageState', data: undefined, timestamp: Date.now() }, { frameId: 0 })
      .catch(() => undefined);
    if (reply?.res?.url === url) return t.id;
  }
  return null;
}

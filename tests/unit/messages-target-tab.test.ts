// The popup's target tab: ?tabId=N (the e2e tests) wins over the active tab of the window.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isRestrictedUrl, resolveTargetTab, tabIdFromSearch } from '../../entrypoints/popup/target-tab';

describe('popup target tab', () => {
  beforeEach(() => fakeBrowser.reset());

  const searches: Array<[string, number | null]> = [['', null], ['?tabId=42', 42], ['?x=1&tabId=7', 7], ['?tabId=abc', null], ['?tabId=-3', null]];
  for (const [search, id] of searches) it(`tabIdFromSearch("${search}") = ${id}`, () => expect(tabIdFromSearch(search)).toBe(id));

  it('uses ?tabId when given, else the active tab', async () => {
    const page = await fakeBrowser.tabs.create({ url: 'https://www.example.gov.cn/a.html', active: false });
    const popup = await fakeBrowser.tabs.create({ url: 'chrome-extension://id/popup.html', active: true });
    // The fake browser has no focused window to answer currentWindow queries.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([popup] as never);
    expect((await resolveTargetTab(`?tabId=${page.id}`))?.id).toBe(page.id);
    expect((await resolveTargetTab(''))?.id).toBe(popup.id);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await resolveTargetTab('?tabId=99999')).toBeNull();
  });

  it('knows which pages cannot be scripted', () => {
    expect(isRestrictedUrl('chrome://extensions/')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://www.example.gov.cn/')).toBe(false);
  });
});

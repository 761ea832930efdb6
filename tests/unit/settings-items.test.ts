// components/settings-items.ts: the settings page's storage items, their fallbacks and the
// collection interval's bounds.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampCollectInterval,
  collectIntervalSetting,
  extraSitesSetting,
  getCollectIntervalMs,
  highlightsSetting,
  uiLanguageSetting,
} from '../../components/settings-items';

describe('settings items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('fall back to auto, 2 s, highlights on and no added site', async () => {
    expect(await uiLanguageSetting.getValue()).toBe('auto');
    expect(await getCollectIntervalMs()).toBe(2000);
    expect(await highlightsSetting.getValue()).toBe(true);
    expect(await extraSitesSetting.getValue()).toEqual([]);
  });

  it('live under the storage.local keys other parts read', async () => {
    await uiLanguageSetting.setValue('zh_TW');
    await collectIntervalSetting.setValue(1500);
    await highlightsSetting.setValue(false);
    await extraSitesSetting.setValue(['www.12371.cn']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      uiLanguage: 'zh_TW',
      collectIntervalMs: 1500,
      highlights: false,
      extraSites: ['www.12371.cn'],
    });
    expect(await getCollectIntervalMs()).toBe(1500);
  });

  it.each<[unknown, number]>([
    [2000, 2000],
    [500, 500],
    [499, 500],
    [60_000, 60_000],
    [600_000, 60_000],
    [1234.6, 1235],
    [-5, 500],
    [Number.NaN, 2000],
    ['3000', 2000],
    [undefined, 2000],
  ])('clampCollectInterval(%j) = %d', (value, ms) => {
    expect(clampCollectInterval(value)).toBe(ms);
  });
});

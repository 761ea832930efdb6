// Which language the UI speaks: the setting, else the browser's UI language; the runtime t() keeps
// @wxt-dev/i18n's substitution and plural rules; the setting changes the language live.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n, translate } from '../../components/i18n';
import {
  applyUiLocale, browserLocale, currentUiLocale, loadUiLanguage, onUiLocaleChange, resolveUiLocale, setUiLanguage, uiCodeLabel, uiLanguageSetting,
} from '../../components/ui-language';
import { isNoticeChange } from '../../lib/message-protocol';
import { noticeChangeSchema } from '../../lib/messages';
import { termOf } from '../../lib/vocabulary';

describe('browserLocale', () => {
  const cases: Array<[string | undefined, string]> = [
    ['zh-TW', 'zh_TW'], ['zh-HK', 'zh_TW'], ['zh-MO', 'zh_TW'], ['zh-Hant-TW', 'zh_TW'], ['zh_TW', 'zh_TW'],
    ['zh-CN', 'zh_CN'], ['zh', 'zh_CN'], ['zh-SG', 'zh_CN'], ['zh-Hans', 'zh_CN'],
    ['en-GB', 'en'], ['en', 'en'], ['fr', 'en'], ['', 'en'], [undefined, 'en'],
  ];
  it.each(cases)('%s → %s', (lang, want) => expect(browserLocale(lang)).toBe(want));
});

describe('resolveUiLocale', () => {
  const cases: Array<[unknown, string, string]> = [
    ['auto', 'zh-HK', 'zh_TW'], ['auto', 'en-US', 'en'], ['en', 'zh-CN', 'en'], ['zh_CN', 'en-US', 'zh_CN'],
    ['zh_TW', 'en-US', 'zh_TW'], [null, 'zh-CN', 'zh_CN'], ['klingon', 'zh-TW', 'zh_TW'], [undefined, 'de', 'en'],
  ];
  it.each(cases)('setting %s, browser %s → %s', (setting, lang, want) => expect(resolveUiLocale(setting, lang)).toBe(want));
});

describe('translate', () => {
  const cases: Array<[Parameters<typeof translate>, string]> = [
    [['en', 'popup.score', ['0.97']], 'score 0.97'],
    [['zh_CN', 'popup.score', ['0.97']], '置信度 0.97'],
    [['en', 'collection.count', 0], 'No notices saved'],
    [['en', 'collection.count', 1], '1 notice saved'],
    [['en', 'collection.count', 12], '12 notices saved'],
    [['zh_TW', 'collection.count', 12], '已儲存 12 份通報'],
    [['en', 'popup.checkLine', ['A', '3', '2']], 'A — stated 3, parts add up to 2'],
    [['en', 'no.such.key'], 'no.such.key'],
  ];
  it.each(cases)('%j → %s', (args, want) => expect(translate(...args)).toBe(want));
});

describe('the setting', () => {
  it('drives t(), code labels, and tells listeners', async () => {
    fakeBrowser.reset();
    applyUiLocale('en');
    const seen: string[] = [];
    const stop = onUiLocaleChange((l) => seen.push(l));
    await setUiLanguage('zh_TW');
    expect(currentUiLocale()).toBe('zh_TW');
    expect(i18n.t('badge.saved')).toBe('已儲存 ✓');
    expect(uiCodeLabel('party_warning')).toBe(termOf('party_warning').labelTraditional);
    // A change written elsewhere (another context) reaches this one through the storage watcher.
    await uiLanguageSetting.setValue('en');
    await expect.poll(() => currentUiLocale()).toBe('en');
    expect(i18n.t('badge.saved')).toBe('Saved ✓');
    expect(uiCodeLabel('party_warning')).toBe(termOf('party_warning').labelEn);
    await uiLanguageSetting.setValue('zh_CN');
    expect(await loadUiLanguage()).toBe('zh_CN');
    expect(seen).toEqual(['zh_TW', 'en', 'zh_CN']);
    stop();
  });
});

describe('noticeChanged payloads', () => {
  const cases: Array<[unknown, boolean]> = [
    [{ kind: 'removed', noticeId: 3 }, true],
    [{ kind: 'saved', noticeId: 3, url: 'https://a.gov.cn/x', canonicalUrl: 'https://a.gov.cn/x' }, true],
    [{ kind: 'deleted', noticeId: 3 }, false],
    [{ kind: 'removed', noticeId: 1.5 }, false],
    [{ kind: 'removed', noticeId: '3' }, false],
    [{ kind: 'removed', noticeId: 3, url: 7 }, false],
    [null, false],
    ['removed', false],
  ];
  it.each(cases)('%j → %s, as the schema says', (data, ok) => {
    expect(isNoticeChange(data)).toBe(ok);
    expect(noticeChangeSchema.safeParse(data).success).toBe(ok);
  });
});

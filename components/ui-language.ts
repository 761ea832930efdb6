// Which language the UI speaks: the `local:uiLanguage` setting ('auto' follows the browser's UI
// language), shared by every context (popup, dashboard, content scripts) through storage.local.
// Holds the chosen locale and tells listeners when it changes; vocabulary labels follow it too.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { codeLabel, type LabelLanguage } from '@/lib/collection/code-labels';

export const UI_LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type UiLanguageSetting = 'auto' | UiLocale;

export const uiLanguageSetting = storage.defineItem<UiLanguageSetting>('local:uiLanguage', { fallback: 'auto' });

/** A browser UI language ("zh-TW", "zh-HK", "zh-CN", "zh", "en-GB" …) → a UI locale. */
export function browserLocale(uiLanguage: string | undefined): UiLocale {
  const lang = (uiLanguage ?? '').toLowerCase().replace(/_/g, '-');
  if (!lang.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(lang) ? 'zh_TW' : 'zh_CN';
}

/** The setting (anything stored: an unknown value counts as 'auto') → the locale to show. */
export function resolveUiLocale(setting: unknown, uiLanguage: string | undefined): UiLocale {
  return (UI_LOCALES as readonly unknown[]).includes(setting) ? (setting as UiLocale) : browserLocale(uiLanguage);
}

/** BCP 47 tag of a locale, for <html lang> and Intl. */
export function localeTag(locale: UiLocale): string {
  return locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh-CN' : 'zh-TW';
}

export function labelLanguageOf(locale: UiLocale): LabelLanguage {
  return locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh' : 'zh-Hant';
}

function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

let current: UiLocale = browserLocale(browserUiLanguage());
const listeners = new Set<(locale: UiLocale) => void>();
let unwatch: (() => void) | null = null;

export function currentUiLocale(): UiLocale {
  return current;
}

/** Sets the locale in this context only (the setting's watcher calls it; tests too). */
export function applyUiLocale(locale: UiLocale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of [...listeners]) listener(locale);
}

/** Reads the setting once; call before the first render so nothing flashes in another language. */
export async function loadUiLanguage(): Promise<UiLocale> {
  try {
    applyUiLocale(resolveUiLocale(await uiLanguageSetting.getValue(), browserUiLanguage()));
  } catch {
    /* storage unavailable (a page being unloaded): keep the browser's language */
  }
  return current;
}

export function setUiLanguage(setting: UiLanguageSetting): Promise<void> {
  applyUiLocale(resolveUiLocale(setting, browserUiLanguage()));
  return uiLanguageSetting.setValue(setting);
}

/** Calls `listener` whenever the UI locale changes (the setting changed in any context). */
export function onUiLocaleChange(listener: (locale: UiLocale) => void): () => void {
  listeners.add(listener);
  unwatch ??= uiLanguageSetting.watch((value) => applyUiLocale(resolveUiLocale(value, browserUiLanguage())));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unwatch) {
      unwatch();
      unwatch = null;
    }
  };
}

/** A vocabulary code's label in the UI's language. */
export function uiCodeLabel(code: string): string {
  return codeLabel(code, labelLanguageOf(current));
}

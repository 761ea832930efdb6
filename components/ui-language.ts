// Which vocabulary labels the UI shows: the browser's UI language, like the locale files.
import { browser } from 'wxt/browser';
import { codeLabel, labelLanguage } from '@/lib/collection';

export const LABEL_LANGUAGE = labelLanguage(browser.i18n?.getUILanguage?.());

export function uiCodeLabel(code: string): string {
  return codeLabel(code, LABEL_LANGUAGE);
}

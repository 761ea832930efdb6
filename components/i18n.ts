// The UI's strings in the language the user chose (components/ui-language.ts), not only the
// browser's: the same `t(key, subs?)` as `#i18n` (@wxt-dev/i18n), with its generated key types,
// reading the messages `npm run locales` builds from locales/*.yml (pages' sections here, the
// content script's in ./i18n-content.ts).
import PAGES from './locale-messages.json';
import { CONTENT_MESSAGES, makeTranslate, type MessageTable, type TFunction } from './i18n-content';
import { currentUiLocale } from './ui-language';

const all = makeTranslate([CONTENT_MESSAGES, PAGES as MessageTable]);

export const translate = all.translate;

/** Whether a key exists (for ids mapped to keys at run time, e.g. detection reasons). */
export const hasMessage = all.has;

export const i18n: { t: TFunction } = {
  t: ((key: string, ...args: unknown[]) => translate(currentUiLocale(), key, ...args)) as TFunction,
};

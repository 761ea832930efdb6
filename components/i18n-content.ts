// The runtime translator, and the content script's strings (badge, hover card, figures and units,
// its errors): the content script imports only this, so every page loads these few sections, not
// the popup's and the dashboard's (components/i18n.ts adds those). Messages are built from
// locales/*.yml by `npm run locales`.
import type { i18n as WxtI18n } from '#i18n';
import CONTENT from './locale-messages.content.json';
import { currentUiLocale, type UiLocale } from './ui-language';

export type MessageTable = Record<UiLocale, Record<string, string>>;
export type Translate = (locale: UiLocale, key: string, ...args: unknown[]) => string;
export type TFunction = typeof WxtI18n.t;

export const CONTENT_MESSAGES = CONTENT as MessageTable;

/** Chrome's getMessage rules: $1…$9 are the substitutions (missing ones are empty), $$ is "$". */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** @wxt-dev/i18n's plural forms: "one | other" or "zero | one | other". */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2]!;
  return forms[0]!;
}

/** A translator over these tables, with @wxt-dev/i18n's arguments: (key), (key, subs),
 *  (key, n) for plurals, (key, n, subs). */
export function makeTranslate(tables: readonly MessageTable[]): { translate: Translate; has: (key: string) => boolean } {
  const find = (locale: UiLocale, key: string) => {
    for (const t of tables) if (key in t[locale]) return t[locale][key];
    // A key missing in a locale (a new key before `npm run locales`) falls back to English.
    for (const t of tables) if (key in t.en) return t.en[key];
    return undefined;
  };
  const translate: Translate = (locale, key, ...args) => {
    let subs: string[] | undefined;
    let count: number | undefined;
    for (const arg of args) {
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) subs = arg.map(String);
    }
    if (count !== undefined && subs === undefined) subs = [String(count)];
    const raw = find(locale, key);
    if (raw === undefined) return key;
    const message = substitute(raw, subs ?? []);
    return count === undefined ? message : pluralForm(message, count);
  };
  return { translate, has: (key) => tables.some((t) => key in t.en) };
}

export const { translate: translateContent } = makeTranslate([CONTENT_MESSAGES]);

/** `t` for the content script, in the current UI language (typed keys of every section; a key
 *  outside the content sections falls back to the key itself). */
export const contentI18n: { t: TFunction } = {
  t: ((key: string, ...args: unknown[]) => translateContent(currentUiLocale(), key, ...args)) as TFunction,
};

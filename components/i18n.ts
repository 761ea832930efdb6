// The UI's strings in the language the user chose (components/ui-language.ts), not only the
// browser's: the same `t(key, subs?)` as `#i18n` (@wxt-dev/i18n), with its generated key types,
// reading the messages `npm run locales` builds from locales/*.yml into locale-messages.json.
import type { i18n as WxtI18n } from '#i18n';
import MESSAGES from './locale-messages.json';
import { currentUiLocale, type UiLocale } from './ui-language';

type Messages = Record<UiLocale, Record<string, string>>;
const TABLE = MESSAGES as Messages;

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

export function translate(locale: UiLocale, key: string, ...args: unknown[]): string {
  let subs: string[] | undefined;
  let count: number | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg.map(String);
  }
  if (count !== undefined && subs === undefined) subs = [String(count)];
  // A key missing in a locale (a new key before `npm run locales`) falls back to English.
  const raw = TABLE[locale][key] ?? TABLE.en[key];
  if (raw === undefined) return key;
  const message = substitute(raw, subs ?? []);
  return count === undefined ? message : pluralForm(message, count);
}

/** Whether a key exists (for ids mapped to keys at run time, e.g. detection reasons). */
export function hasMessage(key: string): boolean {
  return key in TABLE.en;
}

export const i18n: { t: typeof WxtI18n.t } = {
  t: ((key: string, ...args: unknown[]) => translate(currentUiLocale(), key, ...args)) as typeof WxtI18n.t,
};

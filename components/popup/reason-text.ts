// A detection reason in the UI's language: the sentence read back to its signal
// (lib/detect/reason-ids.ts) and told with `reasons.<id>`; one no pattern reads is shown as written.
import { reasonParts } from '@/lib/detect/reason-ids';
import { hasMessage, translate } from '../i18n';
import { currentUiLocale, type UiLocale } from '../ui-language';

export function reasonText(reason: string, locale: UiLocale = currentUiLocale()): string {
  const parts = reasonParts(reason);
  const key = parts && `reasons.${parts.id}`;
  const text = key && hasMessage(key) ? translate(locale, key, parts.subs) : reason;
  return parts?.against ? translate(locale, 'reasons.against', [text]) : text;
}

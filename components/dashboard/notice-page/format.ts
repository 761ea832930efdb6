// Small formatting shared by the notice page's parts.
import { browser } from 'wxt/browser';

const UI_LANGUAGE = browser.i18n?.getUILanguage?.() ?? 'en';

/** An ISO timestamp in the reader's language, to the minute. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(UI_LANGUAGE, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "—" for what a notice does not state. */
export function orDash(value: string | null | undefined): string {
  return value ? value : '—';
}

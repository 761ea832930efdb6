// Code labels in the UI's language, read from the vocabulary (never spelled here).
import { isCode, termOf } from '../vocabulary';

export type LabelLanguage = 'zh' | 'zh-Hant' | 'en';

/** Browser UI language ("zh-CN", "zh-TW", "en-GB" …) → which vocabulary label to show. */
export function labelLanguage(uiLanguage: string | undefined): LabelLanguage {
  const lang = (uiLanguage ?? '').toLowerCase().replace('_', '-');
  if (!lang.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(lang) ? 'zh-Hant' : 'zh';
}

export function codeLabel(code: string, lang: LabelLanguage): string {
  if (!isCode(code)) return code;
  const term = termOf(code);
  return lang === 'en' ? term.labelEn : lang === 'zh-Hant' ? term.labelTraditional : term.label;
}

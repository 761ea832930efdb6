// Figures as the UI's language writes them: "1,858,200 元 (185.82万元)", "1,858,200 yuan (1.86
// million yuan)", "42 人" / "42 people". The contract's units (人, 件, 元 …) map to `units.*`;
// a unit not listed is shown as written.
import type { FormattedFigure } from '@/lib/collection';
import type { FactKind } from '@/lib/vocabulary';
import { translateContent as translate } from './i18n-content';
import { currentUiLocale, localeTag, type UiLocale } from './ui-language';

const UNIT_KEYS: Readonly<Record<string, string>> = {
  元: 'units.yuan',
  人: 'units.people',
  名: 'units.people',
  人次: 'units.personTimes',
  件: 'units.cases',
  件次: 'units.cases',
  起: 'units.incidents',
  条: 'units.items',
  项: 'units.measures',
  个: 'units.pieces',
  家: 'units.pieces',
  部: 'units.documents',
  户: 'units.households',
};

const grouped = (locale: UiLocale) => new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 2 });

/** 185.82万 / 1.1億 / 1.86 million: only where it reads better than the digits (from 万 in
 *  Chinese, from a million in English). */
function shortAmount(value: number, locale: UiLocale): string | null {
  if (Math.abs(value) < (locale === 'en' ? 1e6 : 1e4)) return null;
  return new Intl.NumberFormat(localeTag(locale), { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
}

/** A count with its unit: "42 人", "42 people"; "42 × unit" for a unit the locales do not know. */
export function withUnit(n: string, unit: string | null, locale: UiLocale = currentUiLocale()): string {
  if (!unit) return n;
  const key = UNIT_KEYS[unit];
  return key ? translate(locale, key, [n]) : `${n} ${unit}`;
}

export function uiFormatFigure(value: number | null, unit: string | null, kind: FactKind, approx = false, locale: UiLocale = currentUiLocale()): FormattedFigure {
  if (value === null) return { main: '—', alt: null };
  const mark = approx ? '≈ ' : '';
  const n = grouped(locale).format(value);
  if (kind === 'money' || unit === '元') {
    const short = shortAmount(value, locale);
    return { main: `${mark}${translate(locale, 'units.yuan', [n])}`, alt: short && `${mark}${translate(locale, 'units.yuanShort', [short])}` };
  }
  return { main: `${mark}${withUnit(n, unit, locale)}`, alt: null };
}

/** One string: "1,858,200 元 (185.82万元)". */
export function uiFigureText(value: number | null, unit: string | null, kind: FactKind, approx = false, locale: UiLocale = currentUiLocale()): string {
  const f = uiFormatFigure(value, unit, kind, approx, locale);
  return f.alt ? `${f.main} (${f.alt})` : f.main;
}

// What the hover card says about a fact: pure, so it is unit-tested without a DOM. It speaks the
// UI's language (components/ui-language.ts): labels from the vocabulary table, figures and units
// and the failed check from the locales; nothing is spelled here.
import { codeLabel } from '../../lib/collection/code-labels';
import type { Check, Extraction, Fact } from '../../lib/contract';
import { isCode } from '../../lib/vocabulary';
import { translateContent as translate } from '../../components/i18n-content';
import { uiFigureText } from '../../components/ui-figures';
import { labelLanguageOf, localeTag, type UiLocale } from '../../components/ui-language';

export interface FactCardModel {
  /** The code's label in the UI's language. */
  label: string;
  /** Beside it: the Chinese label (in the page's script) when the UI speaks English, else English. */
  secondary: string;
  value: string;
  parent: string | null;
  warning: string | null;
  quote: string;
}

export interface CardLanguage {
  locale: UiLocale;
  /** The page is written in traditional characters (decided by the background). */
  traditional: boolean;
}

export function formatValue(fact: Pick<Fact, 'value' | 'unit' | 'approx' | 'kind'>, locale: UiLocale): string {
  return uiFigureText(fact.value, fact.unit, fact.kind, fact.approx, locale);
}

function labelsOf(code: string, fallback: string, { locale, traditional }: CardLanguage): { label: string; secondary: string } {
  if (!isCode(code)) return { label: fallback, secondary: '' };
  const label = codeLabel(code, labelLanguageOf(locale));
  const secondary = locale === 'en' ? codeLabel(code, traditional ? 'zh-Hant' : 'zh') : codeLabel(code, 'en');
  return { label, secondary };
}

export function factCardModel(fact: Fact, checks: readonly Check[], lang: CardLanguage): FactCardModel {
  const { label, secondary } = labelsOf(fact.code, fact.label, lang);
  const parent = fact.parent ? labelsOf(fact.parent, fact.parent, lang) : null;
  const bad = checks.find((c) => c.code === fact.code && !c.ok && !c.partial);
  const n = new Intl.NumberFormat(localeTag(lang.locale), { maximumFractionDigits: 2 });
  return {
    label,
    secondary,
    value: formatValue(fact, lang.locale),
    parent: parent ? translate(lang.locale, 'card.partOf', [parent.label]) : null,
    warning: bad ? translate(lang.locale, 'card.checkFailed', [n.format(bad.stated), n.format(bad.sumOfParts)]) : null,
    quote: fact.quote,
  };
}

/** Facts ordered by position, for lookups and previous/next navigation. */
export function sortFacts(extraction: Extraction): Fact[] {
  return [...extraction.facts].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Index (into `sorted`) of the innermost fact whose span holds `offset` (end inclusive: a caret
 * just after the last character still points at it), or -1.
 */
export function factIndexAt(sorted: readonly Fact[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Walk back over a few candidates: spans may nest (a total around its breakdown).
  let best = -1;
  for (let i = lo - 1, n = 0; i >= 0 && n < 32; i--, n++) {
    const f = sorted[i];
    if (f.end >= offset && (best < 0 || f.end - f.start < sorted[best].end - sorted[best].start)) best = i;
  }
  return best;
}

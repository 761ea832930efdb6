// What the hover card says about a fact: pure, so it is unit-tested without a DOM.
// Labels come from the vocabulary table; nothing is spelled here.
import type { Check, Extraction, Fact } from '../../lib/contract';
import { isCode, termOf } from '../../lib/vocabulary';

export interface FactCardModel {
  label: string;
  labelEn: string;
  value: string;
  parent: string | null;
  warning: string | null;
  quote: string;
}

export function formatValue(fact: Pick<Fact, 'value' | 'unit' | 'approx'>): string {
  if (fact.value === null) return '—';
  const n = fact.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${fact.approx ? '≈ ' : ''}${n}${fact.unit ? ` ${fact.unit}` : ''}`;
}

function labelsOf(code: string, fallback: string, traditional: boolean): { label: string; labelEn: string } {
  if (!isCode(code)) return { label: fallback, labelEn: '' };
  const term = termOf(code);
  return { label: traditional ? term.labelTraditional : term.label, labelEn: term.labelEn };
}

/** `traditional`: the page is in traditional characters, so the card speaks them too. */
export function factCardModel(fact: Fact, checks: readonly Check[], traditional = false): FactCardModel {
  const { label, labelEn } = labelsOf(fact.code, fact.label, traditional);
  const parent = fact.parent ? labelsOf(fact.parent, fact.parent, traditional) : null;
  const bad = checks.find((c) => c.code === fact.code && !c.ok && !c.partial);
  return {
    label,
    labelEn,
    value: formatValue(fact),
    parent: parent ? `${parent.label}${parent.labelEn ? ` · ${parent.labelEn}` : ''}` : null,
    warning: bad
      ? `⚠ ${bad.stated.toLocaleString('en-US')} stated ≠ ${bad.sumOfParts.toLocaleString('en-US')} sum of parts`
      : null,
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

// A notice's headline figures (its summary of totals) and their sum over the whole collection.
import type { Fact } from '../contract';
import { TERMS, type Code, type FactKind } from '../vocabulary';

type FactLike = Pick<Fact, 'code' | 'kind' | 'value' | 'unit' | 'approx' | 'headline' | 'parent'>;

export interface HeadlineFigure {
  code: Code;
  kind: FactKind;
  value: number;
  unit: string | null;
  approx: boolean;
  /** The total this figure breaks down (党内警告 → party_discipline); null for a total. */
  parent: Code | null;
}

const ORDER = new Map<string, number>(TERMS.map((t, i) => [t.code, i]));
const SHOWN = new Set<string>(TERMS.filter((t) => t.headline).map((t) => t.code));

/** One figure per code, taken from the code's first headline fact that names a number. */
export function headlineFigures(facts: readonly FactLike[]): HeadlineFigure[] {
  const byCode = new Map<string, HeadlineFigure>();
  for (const f of facts) {
    if (!f.headline || f.value === null || !SHOWN.has(f.code) || byCode.has(f.code)) continue;
    byCode.set(f.code, {
      code: f.code, kind: f.kind, value: f.value, unit: f.kind === 'money' ? '元' : f.unit, approx: f.approx, parent: f.parent,
    });
  }
  return [...byCode.values()].sort((a, b) => ORDER.get(a.code)! - ORDER.get(b.code)!);
}

export interface CollectionTotal extends HeadlineFigure {
  /** How many notices contributed a figure. */
  notices: number;
}

/** Sums each code's headline figure over every saved notice (facts carry their noticeId). */
export function collectionTotals(facts: ReadonlyArray<FactLike & { noticeId: number }>): CollectionTotal[] {
  const perNotice = new Map<number, FactLike[]>();
  for (const f of facts) {
    if (!f.headline) continue;
    const list = perNotice.get(f.noticeId) ?? [];
    list.push(f);
    perNotice.set(f.noticeId, list);
  }
  const totals = new Map<string, CollectionTotal & { units: Map<string, number> }>();
  for (const list of perNotice.values()) {
    for (const fig of headlineFigures(list)) {
      const t = totals.get(fig.code) ?? { ...fig, value: 0, approx: false, notices: 0, units: new Map() };
      t.value += fig.value;
      t.approx ||= fig.approx;
      t.notices += 1;
      if (fig.unit) t.units.set(fig.unit, (t.units.get(fig.unit) ?? 0) + 1);
      totals.set(fig.code, t);
    }
  }
  return [...totals.values()]
    .map(({ units, ...t }) => ({ ...t, unit: mostCommon(units) ?? t.unit }))
    .sort((a, b) => ORDER.get(a.code)! - ORDER.get(b.code)!);
}

function mostCommon(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The same totals read from the collection's running totals (one row, however big the
 *  collection): what the popup shows. */
export function totalsFromStats(byCode: Record<string, { kind: FactKind; parent: string | null; value: number; notices: number; approxNotices: number; units: Record<string, number> }>): CollectionTotal[] {
  return Object.entries(byCode)
    .filter(([code]) => SHOWN.has(code))
    .map(([code, t]) => ({
      code: code as Code,
      kind: t.kind,
      value: t.value,
      unit: mostCommon(new Map(Object.entries(t.units))) ?? (t.kind === 'money' ? '元' : null),
      approx: t.approxNotices > 0,
      parent: t.parent as Code | null,
      notices: t.notices,
    }))
    .sort((a, b) => ORDER.get(a.code)! - ORDER.get(b.code)!);
}

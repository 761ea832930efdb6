// A notice's figure for each code, the one rule the summaries, the charts and the notices CSV
// share: the headline figure (the notice's own summary of totals) when it states one, else the
// sum of the code's top-level facts, the ones that break down no other total. Breakdowns in the
// sections (党内警告2人 inside one case's 党纪处分) are parts of a case, not totals, so a
// notice without a headline paragraph still counts its sanctions once and no more.
import type { Fact } from '../contract';
import { TERMS, type Code } from '../vocabulary';
import { headlineFigures, type HeadlineFigure } from './headline-figures';

type FactLike = Pick<Fact, 'code' | 'kind' | 'value' | 'unit' | 'approx' | 'headline' | 'parent'>;

export type FigureSource = 'headline' | 'facts';

export interface NoticeFigure extends HeadlineFigure {
  from: FigureSource;
}

/** What a notice's figures came from, for the notices CSV's figures_from column. */
export type FiguresFrom = FigureSource | 'mixed' | '';

const ORDER = new Map<string, number>(TERMS.map((t, i) => [t.code, i]));
const SHOWN = new Set<string>(TERMS.filter((t) => t.headline).map((t) => t.code));

export function noticeFigures(facts: readonly FactLike[]): NoticeFigure[] {
  const out = new Map<string, NoticeFigure>(headlineFigures(facts).map((f) => [f.code, { ...f, from: 'headline' as const }]));
  const units = new Map<string, Map<string, number>>();
  for (const f of facts) {
    if (f.headline || f.value === null || f.parent !== null || !SHOWN.has(f.code)) continue;
    const had = out.get(f.code);
    if (had?.from === 'headline') continue;
    const unit = f.kind === 'money' ? '元' : f.unit;
    out.set(f.code, {
      code: f.code as Code, kind: f.kind, parent: null, from: 'facts',
      value: roundCents((had?.value ?? 0) + f.value), approx: (had?.approx ?? false) || f.approx, unit: had?.unit ?? unit,
    });
    if (unit) {
      const counts = units.get(f.code) ?? new Map<string, number>();
      counts.set(unit, (counts.get(unit) ?? 0) + 1);
      units.set(f.code, counts);
    }
  }
  // Summed facts may be counted in different units (人 and 人次): name the most common one.
  for (const [code, counts] of units) {
    const fig = out.get(code)!;
    fig.unit = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }
  return [...out.values()].sort((a, b) => ORDER.get(a.code)! - ORDER.get(b.code)!);
}

export function figuresFrom(figures: ReadonlyArray<{ from: FigureSource }>): FiguresFrom {
  const kinds = new Set(figures.map((f) => f.from));
  return kinds.size === 0 ? '' : kinds.size > 1 ? 'mixed' : [...kinds][0];
}

/** Sums of yuan to the cent, so 0.1 + 0.2 facts give 0.3. */
function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

// Facts as a researcher sees them: the extracted facts with their corrections applied. Pure, so
// the dashboard, the CSVs, the summaries and the backups all apply corrections one way.
import type { Fact } from '../contract';
import type { CorrectionRow } from './annotation-schema';

export type FactOrigin = 'extracted' | 'corrected' | 'added' | 'rejected';

export type CorrectedFact<F extends Fact = Fact> = F & {
  origin: FactOrigin;
  /** The correction that changed, rejected or added this fact. */
  correctionId?: number;
};

/**
 * Every extracted fact once (rejected ones kept, marked, so exports can show them), corrected
 * ones patched, then added facts in text order. A correction whose fact no longer exists (a
 * re-extraction dropped it) re-attaches by its anchor: the fact with the same quote and offsets.
 */
export function applyCorrections<F extends Fact & { id?: number }>(
  facts: readonly F[],
  corrections: readonly CorrectionRow[],
): Array<CorrectedFact<F>> {
  const byFact = new Map<number, CorrectionRow>();
  const byAnchor = new Map<string, CorrectionRow>();
  const added: CorrectionRow[] = [];
  for (const c of corrections) {
    if (c.kind === 'added') added.push(c);
    else {
      if (c.factId !== undefined) byFact.set(c.factId, c);
      byAnchor.set(anchorKey(c.anchor), c);
    }
  }
  const out: Array<CorrectedFact<F>> = facts.map((fact) => {
    const c = (fact.id !== undefined ? byFact.get(fact.id) : undefined) ?? byAnchor.get(anchorKey(fact));
    if (!c) return { ...fact, origin: 'extracted' as const };
    if (c.kind === 'rejected') return { ...fact, origin: 'rejected' as const, correctionId: c.id };
    return { ...fact, ...c.patch, origin: 'corrected' as const, correctionId: c.id };
  });
  for (const c of added) {
    if (!c.fact) continue;
    out.push({ ...(c.fact as F), origin: 'added', correctionId: c.id });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The facts that count: rejected ones left out. */
export function acceptedFacts<F extends Fact>(facts: ReadonlyArray<CorrectedFact<F>>): Array<CorrectedFact<F>> {
  return facts.filter((f) => f.origin !== 'rejected');
}

function anchorKey(a: { start: number; end: number; quote?: string; exact?: string }): string {
  return `${a.start}:${a.end}:${a.exact ?? a.quote ?? ''}`;
}

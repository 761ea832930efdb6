// The facts of one notice as the page lists them: corrections applied (lib/db), each with what
// was extracted, its correction, its context in the text and where it is in the archive.
import { placeQuote } from '@/lib/anchoring/archive-marks';
import { applyCorrections, type CorrectedFact, type CorrectionRow, type StoredCorrection, type StoredFact } from '@/lib/db';
import type { FactKind } from '@/lib/vocabulary';

export interface FactView {
  /** f<fact id> for a fact of the notice, c<correction id> for an added one. */
  key: string;
  fact: CorrectedFact<StoredFact>;
  /** The fact as extracted (absent for an added fact). */
  extracted?: StoredFact;
  correction?: StoredCorrection;
  prefix: string;
  suffix: string;
  /** Where its words are in the archived text; null when not there or no archive. */
  place: { start: number; end: number } | null;
}

export const KINDS: readonly FactKind[] = ['sanction', 'money', 'count'];

export function factViews(facts: readonly StoredFact[], corrections: readonly StoredCorrection[], text: string | null): FactView[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const correctionById = new Map(corrections.map((c) => [c.id, c]));
  return applyCorrections(facts, corrections as readonly CorrectionRow[]).map((fact) => {
    const correction = fact.correctionId !== undefined ? correctionById.get(fact.correctionId) : undefined;
    const extracted = fact.origin === 'added' ? undefined : byId.get(fact.id);
    const selector = extracted?.selector ?? correction?.anchor;
    return {
      key: fact.origin === 'added' ? `c${fact.correctionId}` : `f${fact.id}`,
      fact,
      extracted,
      correction,
      prefix: selector?.prefix ?? '',
      suffix: selector?.suffix ?? '',
      place: text === null ? null : placeQuote(text, fact.quote, fact.start, fact.end, selector),
    };
  });
}

export function countOrigins(views: readonly FactView[]): Record<CorrectedFact['origin'], number> {
  const out = { extracted: 0, corrected: 0, added: 0, rejected: 0 };
  for (const v of views) out[v.fact.origin]++;
  return out;
}

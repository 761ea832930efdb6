// The correction rows the notice page writes, built here (pure) so the page, the tests and any
// later tool agree on them: a corrected fact keeps only the fields that differ from what was
// extracted, every correction carries the fact's text anchor (what re-attaches it after a
// re-extraction, lib/db/apply-corrections.ts), and an added fact is a whole contract fact.
import type { Fact } from '../contract';
import type { TextQuoteSelector } from '../messages';
import { findNumbers } from '../numbers';
import { foldText } from '../text/fold';
import { TERMS, termOf, type Code } from '../vocabulary';
import type { CorrectionRow } from './annotation-schema';

/** What a researcher can set on a fact. */
export interface FactEdit {
  value: number | null;
  unit: string | null;
  code: Code;
}

/** An added fact's description: an edit plus whether its figure is hedged (约、近、余). */
export type AddedFactEdit = FactEdit & { approx: boolean };

type Anchored = Fact & { selector?: TextQuoteSelector };

/** The fact's anchor: its quote and offsets (the keys applyCorrections matches) with its context. */
export function anchorOf(fact: Anchored): TextQuoteSelector {
  return { exact: fact.quote, prefix: fact.selector?.prefix ?? '', suffix: fact.selector?.suffix ?? '', start: fact.start, end: fact.end };
}

/** The fields of `edit` that differ from the extracted fact; empty when nothing changed. */
export function correctionPatch(extracted: Fact, edit: FactEdit): NonNullable<CorrectionRow['patch']> {
  const patch: NonNullable<CorrectionRow['patch']> = {};
  if (edit.value !== extracted.value) patch.value = edit.value;
  if ((edit.unit || null) !== extracted.unit) patch.unit = edit.unit || null;
  if (edit.code !== extracted.code) patch.code = edit.code;
  return patch;
}

/** A 'corrected' row for an extracted fact, or null when the edit changes nothing (then the
 *  page withdraws any correction instead: the fact reads as extracted). */
export function correctionOf(noticeId: number, fact: Anchored & { id: number }, edit: FactEdit, now = new Date()): CorrectionRow | null {
  const patch = correctionPatch(fact, edit);
  if (!Object.keys(patch).length) return null;
  const at = now.toISOString();
  return { noticeId, kind: 'corrected', factId: fact.id, anchor: anchorOf(fact), patch, createdAt: at, updatedAt: at };
}

export function rejectionOf(noticeId: number, fact: Anchored & { id: number }, now = new Date()): CorrectionRow {
  const at = now.toISOString();
  return { noticeId, kind: 'rejected', factId: fact.id, anchor: anchorOf(fact), createdAt: at, updatedAt: at };
}

/** An 'added' row: the fact at `anchor` as described; its kind and label come from its code. */
export function additionOf(noticeId: number, anchor: TextQuoteSelector, edit: AddedFactEdit, now = new Date()): CorrectionRow {
  const term = termOf(edit.code);
  const at = now.toISOString();
  const fact: Fact = {
    kind: term.kind, code: edit.code, label: term.label, value: edit.value,
    unit: term.kind === 'money' ? '元' : edit.unit || null, approx: edit.approx,
    parent: null, headline: false, quote: anchor.exact, start: anchor.start, end: anchor.end,
  };
  return { noticeId, kind: 'added', anchor, fact, createdAt: at, updatedAt: at };
}

/** A first guess at the fact a selected quote states: its first quantity and the longest term
 *  named in it (by label or alias), so the researcher mostly just confirms. */
export function guessFact(quote: string): AddedFactEdit {
  const folded = foldText(quote);
  const n = findNumbers(folded)[0];
  let code: Code = TERMS[0].code;
  let longest = 0;
  for (const term of TERMS) {
    for (const alias of [term.label, ...term.aliases]) {
      if (alias.length > longest && folded.includes(alias)) {
        longest = alias.length;
        code = term.code;
      }
    }
  }
  return { code, value: n?.value ?? null, unit: n?.unit ?? null, approx: n?.approx ?? false };
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** A figure as a researcher types it: "1,858,200", "185.82万", "1.1亿元" → yuan or a count;
 *  "" → null (no number stated); anything else → undefined (not a figure). */
export function parseFigure(input: string): number | null | undefined {
  const t = input.replace(/[,，\s]/g, '').replace(/元$/, '');
  if (!t) return null;
  const m = /^(\d+(?:\.\d+)?)([万亿]?)$/.exec(t);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (SCALE[m[2]] ?? 1) * 100) / 100;
}

// The notice page's writes: each goes through lib/db (which refreshes the notice's summary and
// the totals in the same transaction) with this page's database handle.
import { getDb } from '@/entrypoints/background/database';
import {
  additionOf, correctionOf, deleteCorrection, putCorrection, rejectionOf, setAnnotation,
  type AddedFactEdit, type FactEdit,
} from '@/lib/db';
import type { TextQuoteSelector } from '@/lib/messages';
import type { FactView } from './fact-views';

/** Saves an edit of a fact: a correction of an extracted one (withdrawn when the edit gives back
 *  what was extracted), or the new description of an added one. */
export async function saveFactEdit(noticeId: number, view: FactView, edit: FactEdit & { approx?: boolean }): Promise<void> {
  const db = getDb();
  if (view.extracted) {
    const row = correctionOf(noticeId, view.extracted, edit);
    if (row) await putCorrection(db, row);
    else if (view.correction) await deleteCorrection(db, view.correction.id);
    return;
  }
  if (!view.correction) return;
  const row = additionOf(noticeId, view.correction.anchor, { approx: view.fact.approx, ...edit });
  await putCorrection(db, { ...row, id: view.correction.id, createdAt: view.correction.createdAt });
}

export async function rejectFact(noticeId: number, view: FactView): Promise<void> {
  if (view.extracted) await putCorrection(getDb(), rejectionOf(noticeId, view.extracted));
}

/** Undoes a correction or a rejection, or removes an added fact. */
export async function undoCorrection(view: FactView): Promise<void> {
  if (view.correction) await deleteCorrection(getDb(), view.correction.id);
}

export async function addFact(noticeId: number, anchor: TextQuoteSelector, edit: AddedFactEdit): Promise<void> {
  await putCorrection(getDb(), additionOf(noticeId, anchor, edit));
}

export async function saveAnnotation(noticeId: number, tags: readonly string[], note: string): Promise<void> {
  await setAnnotation(getDb(), noticeId, tags, note);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

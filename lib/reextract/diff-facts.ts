// What a re-extraction did to one notice's facts, as a researcher reads it: facts that stayed,
// facts that changed (the same words, or overlapping words, read as another value, unit or span),
// new facts and lost facts. Pure: the job and the report both use it.
import type { Fact } from '../contract';

export interface FactChangeSummary<F extends Fact = Fact> {
  same: number;
  changed: Array<{ before: F; after: F }>;
  added: F[];
  lost: F[];
}

const overlap = (a: Fact, b: Fact) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const identical = (a: Fact, b: Fact) =>
  a.code === b.code && a.start === b.start && a.end === b.end && a.value === b.value && a.unit === b.unit && a.quote === b.quote && a.parent === b.parent && a.headline === b.headline && a.approx === b.approx;

/**
 * Pairs old and new facts: first identical ones, then the same code over overlapping words (a
 * changed reading of one fact), then overlapping words of any code (a re-coded fact).
 */
export function diffFacts<F extends Fact>(before: readonly F[], after: readonly F[]): FactChangeSummary<F> {
  const leftOld = new Set(before.map((_, i) => i));
  const leftNew = new Set(after.map((_, i) => i));
  const out: FactChangeSummary<F> = { same: 0, changed: [], added: [], lost: [] };
  const pass = (fits: (a: F, b: F) => boolean, onPair: (a: F, b: F) => void) => {
    for (const i of [...leftOld]) {
      let best = -1;
      for (const j of leftNew) if (fits(before[i], after[j]) && (best < 0 || overlap(before[i], after[j]) > overlap(before[i], after[best]))) best = j;
      if (best < 0) continue;
      leftOld.delete(i);
      leftNew.delete(best);
      onPair(before[i], after[best]);
    }
  };
  pass(identical, () => out.same++);
  const changed = (a: F, b: F) => out.changed.push({ before: a, after: b });
  pass((a, b) => a.code === b.code && overlap(a, b) > 0, changed);
  pass((a, b) => overlap(a, b) > 0, changed);
  for (const i of leftOld) out.lost.push(before[i]);
  for (const j of leftNew) out.added.push(after[j]);
  return out;
}

/** One notice's line in the report (only notices whose facts changed are listed). */
export interface ReextractEntry {
  noticeId: number;
  title: string;
  url: string;
  added: number;
  changed: number;
  lost: number;
  /** A few quotes, for the report: "before → after", "+ new", "− lost". */
  examples: string[];
  /** Corrections whose fact could not be found again (kept, but attached to nothing). */
  orphanedCorrections: number;
}

const MAX_EXAMPLES = 5;

export function reportEntry(notice: { id: number; title: string; url: string }, diff: FactChangeSummary, orphanedCorrections = 0): ReextractEntry | null {
  if (!diff.changed.length && !diff.added.length && !diff.lost.length && !orphanedCorrections) return null;
  const show = (f: Fact) => `${f.label} ${f.value ?? ''}${f.unit ?? ''} «${f.quote}»`;
  const examples = [
    ...diff.changed.map(({ before, after }) => `${show(before)} → ${show(after)}`),
    ...diff.added.map((f) => `+ ${show(f)}`),
    ...diff.lost.map((f) => `− ${show(f)}`),
  ].slice(0, MAX_EXAMPLES);
  return { noticeId: notice.id, title: notice.title, url: notice.url, added: diff.added.length, changed: diff.changed.length, lost: diff.lost.length, examples, orphanedCorrections };
}

// Which writes turn a notice's stored facts into a new extraction's facts. A fact is matched to
// its stored self by (code, start, end, value), or, when the text around it moved, by (code,
// quote, selector prefix, value); a matched fact keeps its id (what refers to it survives) and is
// rewritten only if something about it changed. The rest are removed and added.
import type { FactRow, StoredFact } from './schema';
import { sameValue } from './same-value';

export interface FactChanges {
  /** Matched facts that changed, with their stored ids. */
  put: StoredFact[];
  add: FactRow[];
  remove: number[];
  /** Matched facts left exactly as they were. */
  kept: number;
}

type Keyed = Pick<FactRow, 'code' | 'start' | 'end' | 'value' | 'quote' | 'selector'>;
const atPlace = (f: Keyed) => JSON.stringify([f.code, f.start, f.end, f.value]);
const byQuote = (f: Keyed) => JSON.stringify([f.code, f.quote, f.selector.prefix, f.value]);

export function factChanges(stored: StoredFact[], next: FactRow[]): FactChanges {
  const left = new Map(stored.map((f) => [f.id, f]));
  const matched: Array<StoredFact | undefined> = new Array(next.length);
  for (const key of [atPlace, byQuote]) {
    const index = new Map<string, StoredFact[]>();
    for (const f of [...left.values()].sort((a, b) => a.id - b.id)) {
      const list = index.get(key(f)) ?? [];
      list.push(f);
      index.set(key(f), list);
    }
    next.forEach((f, i) => {
      if (matched[i]) return;
      const hit = index.get(key(f))?.shift();
      if (!hit) return;
      matched[i] = hit;
      left.delete(hit.id);
    });
  }
  const out: FactChanges = { put: [], add: [], remove: [...left.keys()], kept: 0 };
  next.forEach((f, i) => {
    const old = matched[i];
    if (!old) out.add.push(f);
    else if (sameValue({ ...f, id: old.id }, old)) out.kept++;
    else out.put.push({ ...f, id: old.id });
  });
  return out;
}

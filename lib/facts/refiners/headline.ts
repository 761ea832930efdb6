// The notice's summary of totals: the paragraphs before the first numbered section (一、).
// Without numbered sections, the first paragraph that states at least two figures.
import type { Fact } from '../../contract';
import type { Refiner } from '../rule-types';

const FIRST_SECTION = /(?:^|\n)[ \t\u3000]*一[、.]/;

function paragraphOf(text: string, pos: number): [number, number] {
  const from = text.lastIndexOf('\n', pos - 1) + 1;
  const to = text.indexOf('\n', pos);
  return [from, to < 0 ? text.length : to];
}

/** Sets `headline` on the facts (sorted by start) in place. */
export function markHeadline(text: string, facts: Fact[]): void {
  const m = FIRST_SECTION.exec(text);
  if (m) {
    for (const f of facts) f.headline = f.start < m.index;
    return;
  }
  const valued = facts.filter((f) => f.value !== null);
  for (let i = 0; i + 1 < valued.length; i++) {
    const [from, to] = paragraphOf(text, valued[i].start);
    if (valued[i + 1].start < to) {
      for (const f of facts) f.headline = f.start >= from && f.start < to;
      return;
    }
  }
}

export const headline: Refiner = {
  id: 'headline',
  what: 'marks the facts of the summary of totals (before the first numbered section)',
  refine: ({ text }, facts) => {
    markHeadline(text, facts);
    return facts;
  },
};

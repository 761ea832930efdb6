// The notice's summary of totals: the paragraphs before the first numbered section (一、).
import type { Fact } from '../contract';

const FIRST_SECTION = /(?:^|\n)[ \t\u3000]*一[、.]/;

/** Marks `headline` on the facts before the first numbered section; none if there is no section. */
export function markHeadline(text: string, facts: Fact[]): void {
  const m = FIRST_SECTION.exec(text);
  if (!m) return;
  const limit = m.index;
  for (const f of facts) f.headline = f.start < limit;
}

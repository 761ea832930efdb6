// One number grammar: a fact's figure must be a quantity that findNumbers found (and the page
// highlights). Where the grammar refused the token as a word — a lone 一 in 每一个问题, 一项整改措施,
// 一个不落 — a count carries no figure (rule 19) and is dropped; a sanction or transferred item
// counted with its own counter (政务处分一人) keeps its figure, and `figureMentions` adds that
// figure to the numbers so what is highlighted is what the fact used.
import type { NumberMention } from '../../contract';
import { NUMBER_TOKEN_SOURCE, parseNumberToken } from '../../numbers/number-token';
import type { Found } from '../make-fact';
import type { Refiner } from '../rule-types';

/** Rules whose quote is the term alone; the figure stands after the list (分别为17人、5人). */
const FIGURE_OUTSIDE = new Set(['sanction.respectively', 'sanction.each']);
const TOKEN = new RegExp(`(${NUMBER_TOKEN_SOURCE})(人次|人|名|件|条|起|个|家|项)?`, 'g');

function rests(f: Found, numbers: readonly NumberMention[]): boolean {
  if (f.value === null || FIGURE_OUTSIDE.has(f.rule)) return true;
  // Money is scaled (万/亿), so any quantity in the span is its figure.
  return numbers.some((n) => n.start >= f.start && n.end <= f.end && (f.kind === 'money' || n.value === f.value));
}

export const numberAgreement: Refiner = {
  id: 'number-agreement',
  what: 'a count whose figure the number grammar refuses (每一个问题) is dropped',
  refine: ({ numbers }, facts) => facts.filter((f) => !f.rule.startsWith('count.') || rests(f, numbers)),
};

/** The figures of facts that no number mention covers, as mentions (sorted into `numbers`). */
export function figureMentions(original: string, facts: readonly Found[], numbers: readonly NumberMention[]): NumberMention[] {
  const added: NumberMention[] = [];
  for (const f of facts) {
    if (rests(f, numbers)) continue;
    TOKEN.lastIndex = 0;
    const quote = original.slice(f.start, f.end);
    let last: NumberMention | null = null;
    for (let m = TOKEN.exec(quote); m; m = TOKEN.exec(quote)) {
      const n = parseNumberToken(m[1]);
      if (n && n.value === f.value) {
        const start = f.start + m.index;
        last = { value: n.value, unit: m[2] ?? null, approx: n.approx, quote: m[0], start, end: start + m[0].length };
      }
    }
    if (last) added.push(last);
  }
  if (added.length === 0) return [...numbers];
  return [...numbers, ...added].sort((a, b) => a.start - b.start);
}

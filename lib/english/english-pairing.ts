// Pairs each sanction/money/count term with the figure machine translation attaches to it:
// "42 people were given party disciplinary sanctions", "11 warnings", "fines of 765,400 yuan",
// "refunded 1.8582 million yuan". The gap between figure and term must read as a link, so a
// figure is never borrowed across a comma list or from a neighbouring clause.
import type { NumberMention } from '../contract';
import type { Code } from '../vocabulary';
import { isBareCountNoun, type TermHit } from './english-terms';

export interface Figure { value: number; unit: string | null; approx: boolean; start: number; end: number; composite?: boolean }

export interface Pairing { term: TermHit; figure: Figure | null; parentCode?: Code }

// "<figure> [of …] [who] [were] [given] [a] <term>"
const GAP_BEFORE = /^\s*(?:,?\s*(?:of|in|from|involving|among)\s+(?:[^;.()\n]{0,90}?\s+)?)?(?:(?:who|which|that)\s+)?(?:(?:was|were|have|has|had|are|is)\s+(?:all\s+)?(?:been\s+)?)?(?:(?:given|imposed|recorded|subjected\s+to|punished\s+with|sanctioned\s+with|treated\s+with|received|granted|respectively)\s+)?(?:(?:an?|the)\s+)?$/i;
// "<figure> specific, practical and operable <rectification measures>" (counts only)
const GAP_ADJECTIVES = /^\s*(?:[a-z-]+,?\s+(?:and\s+)?){0,6}$/i;
const LINK_VERB = /\b(?:was|were|have|has|had|is|are)\b/i;
// "<term> [were imposed] [on|of] [a total of] <figure>"
const GAP_AFTER = /^\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:imposed|given|meted\s+out|handed\s+down|issued|applied|totall?ing|amounting)\s+)?(?:(?:on|to|for|of|with|against|involving|by|at)\s+)?(?:(?:a\s+total\s+of|totall?ing|up\s+to)\s+)?[:：]?\s*$/i;
// "refunded funds of 480,000 yuan", "recovered losses worth 2 million yuan" (money only)
const GAP_AFTER_MONEY = /^\s*(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:[a-z-]+\s+){0,4}(?:of|totall?ing|amounting\s+to|worth)\s+(?:a\s+total\s+of\s+)?$/i;
const IN_TERMS_OF = /(?:in terms of|as for|regarding|with regard to|concerning)\s+(?:the\s+)?$/i;
const STATUS_AFTER = /^\s*(?:(?:have|has|had)\s+been\s+(?:concluded|completed|settled|closed|resolved)|(?:are|is)\s+(?:still\s+)?being\s+(?:processed|handled|investigated|verified))\b/i;

const COUNT_NOUNS: Record<string, RegExp> = {
  problems_found: /problem/i, problems_rectified: /problem/i, measures: /measure|initiative/i,
  rules_made: /system|rule|regulation/i, petitions: /petition|letters/i, clues: /clue|lead/i,
};

function compatible(term: TermHit, f: Figure): boolean {
  if (term.kind === 'money') return f.unit === '元';
  if (f.unit === '元' || f.unit === '%') return false;
  if (term.kind === 'sanction') return true;
  if (f.unit === '人' || f.unit === '人次' || f.unit === '次') return false;
  const noun = COUNT_NOUNS[term.code];
  if (term.code === 'problems_found' || term.code === 'problems_rectified') return f.unit === '个' || (f.unit === null && !!noun?.test(term.alias));
  return f.unit !== null || !noun || noun.test(term.alias);
}

/** "2 cases involving 4 people" and "4 people in 1 case" count people (the gold's rule). */
export function figuresOf(text: string, numbers: NumberMention[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    if (b && a.unit && ['件', '项', '条', '起'].includes(a.unit) && b.unit === '人' && /^\s+(?:involving|and|with)\s+$/i.test(gap)) {
      out.push({ value: b.value, unit: '人', approx: a.approx || b.approx, start: a.start, end: b.end, composite: true });
      i++;
    } else if (b && a.unit === '人' && (b.unit === '件' || b.unit === '起') && /^\s+in\s+$/i.test(gap)) {
      out.push({ value: a.value, unit: '人', approx: a.approx || b.approx, start: a.start, end: b.end, composite: true });
      i++;
    } else if (a.unit !== '%') {
      out.push({ value: a.value, unit: a.unit, approx: a.approx, start: a.start, end: a.end });
    }
  }
  return out;
}

/** Is another term wholly inside [from, to)? Terms are sorted by start. */
function termBetween(terms: TermHit[], from: number, to: number, self: TermHit): boolean {
  let lo = 0, hi = terms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (terms[mid].start < from) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < terms.length && terms[i].start < to; i++) if (terms[i] !== self && terms[i].end <= to) return true;
  return false;
}

/** Index of the last figure starting before `pos` (figures sorted by start). */
function lastBefore(figures: Figure[], pos: number): number {
  let lo = 0, hi = figures.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

export function pairTerms(text: string, terms: TermHit[], figures: Figure[]): Pairing[] {
  const used = new Set<number>();
  const pairs: Pairing[] = terms.map((term) => ({ term, figure: null }));
  for (const p of pairs) {
    const i = lastBefore(figures, p.term.start);
    const f = figures[i];
    if (!f || used.has(i) || !compatible(p.term, f)) continue;
    const gap = f.end > p.term.start ? '' : text.slice(f.end, p.term.start);
    if (gap.length > 160) continue;
    const linked = isBareCountNoun(p.term.alias) ? /^\s*$/.test(gap)
      : GAP_BEFORE.test(gap) || (p.term.kind === 'count' && GAP_ADJECTIVES.test(gap) && !LINK_VERB.test(gap));
    if (linked && !termBetween(terms, f.end, p.term.start, p.term)) { p.figure = f; used.add(i); }
  }
  for (const p of pairs) {
    if (p.figure || isBareCountNoun(p.term.alias)) continue;
    const i = lastBefore(figures, p.term.end) + 1;
    const f = figures[i];
    if (!f || used.has(i) || !compatible(p.term, f) || f.start < p.term.end || f.start - p.term.end > 80) continue;
    const gap = text.slice(p.term.end, f.start);
    if ((GAP_AFTER.test(gap) || (p.term.kind === 'money' && GAP_AFTER_MONEY.test(gap))) && !termBetween(terms, p.term.end, f.start, p.term)) { p.figure = f; used.add(i); }
  }
  const extra: Pairing[] = [];
  for (const p of pairs) {
    // "In terms of petitions, 63 have been concluded, 2 are being processed": status counts.
    if (p.figure || !IN_TERMS_OF.test(text.slice(Math.max(0, p.term.start - 30), p.term.start))) continue;
    if (!/^\s*,/.test(text.slice(p.term.end, p.term.end + 3))) continue;
    const stop = text.slice(p.term.end).search(/[;.\n](?!\d)/);
    const segEnd = stop < 0 ? text.length : p.term.end + stop;
    const prior = pairs.some((q) => q.term.code === p.term.code && q.figure && q.term.start < p.term.start);
    for (let i = lastBefore(figures, p.term.end) + 1; i < figures.length && figures[i].start < segEnd; i++) {
      if (used.has(i) || !compatible(p.term, figures[i]) || !STATUS_AFTER.test(text.slice(figures[i].end, figures[i].end + 40))) continue;
      used.add(i);
      const q: Pairing = { term: p.term, figure: figures[i], parentCode: prior ? p.term.code : undefined };
      if (!p.figure) Object.assign(p, q); else extra.push(q);
    }
  }
  return [...pairs, ...extra].sort((a, b) => spanStart(a) - spanStart(b));
}

export const spanStart = (p: Pairing): number => Math.min(p.term.start, p.figure?.start ?? Infinity);
export const spanEnd = (p: Pairing): number => Math.max(p.term.end, p.figure?.end ?? -Infinity);

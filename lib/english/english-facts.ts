// English sanctions, sums and counts as the contract's facts: terms from the vocabulary's
// aliasesEn, paired with figures, pooled lists merged, breakdowns linked to their totals.
import type { Fact, NumberMention } from '../contract';
import { COUNT_UNITS, termOf, type Code } from '../vocabulary';
import { isExcluded, isHeading, sentenceStart } from './english-context';
import { figuresOf, pairTerms, spanEnd, spanStart, type Pairing } from './english-pairing';
import { findTerms, needsFigure } from './english-terms';

const DEFAULT_UNIT: Partial<Record<Code, string>> = {
  problems_found: '个', problems_rectified: '个', measures: '条', rules_made: '项', petitions: '件', clues: '条',
};
const LIST_GAP = /^\s*(?:,|and|or|as well as|, and)\s*$/i;
const BREAKDOWN = /\b(?:among them|among whom|of which|of whom|including|in which|of these)\b/gi;
const HEADING_LINE = /^\s*(?:[IVX]+\.\s|\(\d+\)|\d+\.\s|[一二三四五六七八九十]+、)/m;

/** "26 people were given reminder talks, criticism and education, and admonishment": one handled figure. */
function poolLists(text: string, pairs: Pairing[]): Pairing[] {
  const out: Pairing[] = [];
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j + 1 < pairs.length && pairs[j].term.kind === 'sanction' && pairs[j + 1].term.kind === 'sanction'
      && LIST_GAP.test(text.slice(pairs[j].term.end, pairs[j + 1].term.start))) j++;
    const group = pairs.slice(i, j + 1);
    const withFigure = group.filter((p) => p.figure);
    if (group.length > 1 && withFigure.length === 1) {
      const f = withFigure[0].figure;
      out.push({ term: { ...group[0].term, code: 'handled', start: group[0].term.start, end: group[group.length - 1].term.end }, figure: f });
    } else out.push(...group);
    i = j + 1;
  }
  return out;
}

function unitOf(code: Code, kind: string, figure: Pairing['figure']): string | null {
  if (!figure) return null;
  if (kind === 'money') return '元';
  if (figure.unit && (COUNT_UNITS as readonly string[]).includes(figure.unit)) return figure.unit;
  return DEFAULT_UNIT[code] ?? '人';
}

/** Parentheses ranges, found once with a stack (linear). */
function parenRanges(text: string): Array<[number, number]> {
  const stack: number[] = [];
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 0xff08) stack.push(i);
    else if ((c === 41 || c === 0xff09) && stack.length) out.push([stack.pop()!, i]);
    else if (c === 10) stack.length = 0;
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function linkParents(text: string, facts: Fact[]): void {
  const parens = parenRanges(text);
  let p = 0;
  for (const f of facts) {
    if (f.parent) continue;
    while (p < parens.length && parens[p][1] < f.start) p++;
    const enclosing = parens.slice(p).filter(([o, c]) => o < f.start && c >= f.end).pop();
    if (enclosing) {
      const total = facts.find((g) => g.value !== null && g.end <= enclosing[0] && text.slice(g.end, enclosing[0]).trim() === '');
      if (total && total !== f) { f.parent = total.code; continue; }
    }
    const from = sentenceStart(text, f.start);
    let marker = -1;
    BREAKDOWN.lastIndex = from;
    for (let m = BREAKDOWN.exec(text); m && m.index < f.start; m = BREAKDOWN.exec(text)) marker = m.index;
    if (marker < 0) continue;
    const total = facts.filter((g) => g.value !== null && g.start >= from && g.end <= marker).pop();
    if (total && total !== f) f.parent = total.code;
  }
}

/** The summary of totals: the line before the first numbered section with the most figures. */
function markHeadline(text: string, facts: Fact[]): void {
  const first = HEADING_LINE.exec(text);
  const limit = first ? first.index : text.length;
  const perLine = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.start >= limit || f.value === null) continue;
    const line = text.lastIndexOf('\n', f.start);
    perLine.set(line, [...(perLine.get(line) ?? []), f]);
  }
  const best = [...perLine.values()].sort((a, b) => b.length - a.length)[0];
  if (best && best.length >= 3) for (const f of best) f.headline = true;
}

export function extractEnglishFacts(text: string, numbers: NumberMention[]): Fact[] {
  const figures = figuresOf(text, numbers);
  const composites = figures.filter((f) => f.composite);
  const terms = findTerms(text).filter((t) => !composites.some((f) => f.start <= t.start && t.end <= f.end) && !isExcluded(text, t));
  const pairs = poolLists(text, pairTerms(text, terms, figures)).filter((p) =>
    p.figure || (p.term.kind === 'sanction' && !needsFigure(p.term.alias) && !isHeading(text, p.term)));
  const facts: Fact[] = pairs.map((p) => {
    const term = termOf(p.term.code);
    const start = spanStart(p);
    const end = spanEnd(p);
    return {
      kind: term.kind,
      code: p.term.code,
      label: term.label,
      value: p.figure ? p.figure.value : null,
      unit: unitOf(p.term.code, term.kind, p.figure),
      approx: p.figure?.approx ?? false,
      parent: p.parentCode ?? null,
      headline: false,
      quote: text.slice(start, end),
      start,
      end,
    };
  });
  linkParents(text, facts);
  markHeadline(text, facts);
  return facts;
}

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

/** "N people were given party disciplinary sanctions and government sanctions" is the discipline total. */
function pooledCode(group: Pairing[]): Code {
  const codes = new Set(group.map((p) => p.term.code));
  return codes.size === 2 && codes.has('party_discipline') && codes.has('gov_sanction') ? 'discipline_total' : 'handled';
}

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
      out.push({ term: { ...group[0].term, code: pooledCode(group), start: group[0].term.start, end: group[group.length - 1].term.end }, figure: f });
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

/** Parentheses ranges within a line, found once with a stack (linear), sorted by opening. */
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

/** The innermost parenthesis around [start, end), or null; only this line's parentheses are looked at. */
function enclosing(text: string, parens: Array<[number, number]>, start: number, end: number): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lo = 0, hi = parens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (parens[mid][0] < lineStart) lo = mid + 1; else hi = mid; }
  let best: [number, number] | null = null;
  for (let i = lo; i < parens.length && parens[i][0] < start; i++) if (parens[i][1] >= end) best = parens[i];
  return best;
}

function linkParents(text: string, facts: Fact[]): void {
  const parens = parenRanges(text);
  const byEnd = new Map<number, Fact>();
  for (const f of facts) if (f.value !== null) byEnd.set(f.end, f);
  facts.forEach((f, i) => {
    if (f.parent) return;
    const paren = enclosing(text, parens, f.start, f.end);
    if (paren) {
      let e = paren[0];
      while (e > 0 && /\s/.test(text[e - 1])) e--;
      const total = byEnd.get(e);
      if (total && total !== f) { f.parent = total.code; return; }
    }
    const from = sentenceStart(text, f.start, false);
    let marker = -1;
    BREAKDOWN.lastIndex = from;
    for (let m = BREAKDOWN.exec(text); m && m.index < f.start; m = BREAKDOWN.exec(text)) {
      // A marker inside a parenthesis that closed before this fact belongs to that parenthesis.
      const around = enclosing(text, parens, m.index, m.index + 1);
      if (!around || around[1] > f.start) marker = m.index;
    }
    if (marker < 0) return;
    for (let j = i - 1; j >= 0 && facts[j].start >= from; j--) {
      if (facts[j].value !== null && facts[j].end <= marker) { f.parent = facts[j].code; return; }
    }
  });
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
  // A term inside "2 petitions involving 4 people" is that figure's noun, not a fact of its own.
  const inComposite = new Uint8Array(text.length + 1);
  for (const f of figures) if (f.composite) inComposite.fill(1, f.start, f.end);
  const terms = findTerms(text).filter((t) => !(inComposite[t.start] && inComposite[t.end - 1]) && !isExcluded(text, t));
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

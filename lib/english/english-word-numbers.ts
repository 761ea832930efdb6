// Number words of machine-translated notices ("sixty-three", "two hundred and fifteen", "ten
// thousand"). A strict cardinal grammar picks the span, so compromise only ever parses a
// well-formed phrase (and stays off the rest of the page); guards drop what is a word but
// not a quantity: ordinals ("twenty-first"), compounds ("one-stop"), slogans in quotes
// ("four winds"), proper names ("Two Safeguards"), enumerations ("One is to …"), fractions
// ("three quarters") and "one" as a pronoun or article ("one of the", "no one", "one by one").
import type { NumberMention } from '../contract';
import { hedgeStart, readTail, type Tail } from './english-figure-tail';
import { termAt } from './english-terms';

export type Nlp = (text: string) => unknown;

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SP = '[ \\t]+';
const TU = `(?:(?:${TENS})(?:(?:-|${SP})(?:${ONES})\\b)?|${TEENS}|${ONES}|zero)`;
const GROUP = `(?:(?:${ONES}|${TEENS})${SP}hundred(?:${SP}(?:and${SP})?${TU}\\b)?|${TU})`;
/** A cardinal: groups joined by scale words, "and" only after hundred or a scale. */
const CARDINAL = new RegExp(`\\b${GROUP}(?:${SP}(?:thousand|million|billion)\\b(?:${SP}(?:and${SP})?${GROUP}\\b)?)*\\b`, 'gi');

const COMPOUND_AFTER = /^(?:-[A-Za-z]|'s\b)/;
const FRACTION_AFTER = /^\s+(?:quarters?|halves|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;
// "One is to strengthen …, two is to …": a singular verb after a plural number lists points.
const ENUMERATION_AFTER = /^\s+is\s+(?:to|the|that|an?)\b/i;
const SENTENCE_START = /(?:^|[.!?:;\n(（])\s*$/;
const CAPITAL_WORD_AFTER = /^\s+[A-Z]/;
// "one" that is a pronoun or article, never a count.
const ONE_DETERMINER_BEFORE = /\b(?:no|each|every|any|the|this|that|which|only|such|another|anyone|someone)\s+$/i;
const ONE_PRONOUN_AFTER = /^\s+(?:of|by|another|after|or|and|to|at|in|on|hand|side|day|way)\b/i;
// "one case, one policy" (一案一策), "one person, one file": a slogan.
const ONE_SLOGAN_AFTER = /^[\s,，]*one\b/i;

const QUOTE_MARKS = /["“”《》\n]/g;

/**
 * Marks the text inside quotations ("four forms", “three important and one large”, 《…》),
 * in one linear pass; a quotation never runs past the end of its line.
 */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let close = '';
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const c = m[0];
    const i = m.index ?? 0;
    if (c === '\n') open = -1;
    else if (open >= 0 && c === close) { mask.fill(1, open, i); open = -1; }
    else if (open < 0 && (c === '"' || c === '“' || c === '《')) { open = i; close = c === '"' ? '"' : c === '“' ? '”' : '》'; }
  }
  return mask;
}

function isQuantity(text: string, phrase: string, start: number, end: number, tail: Tail, quoted: Uint8Array): boolean {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 24), start);
  if (COMPOUND_AFTER.test(after) || /[A-Za-z]-$/.test(before)) return false;
  if (FRACTION_AFTER.test(after) || ENUMERATION_AFTER.test(after) || quoted[start]) return false;
  if (/^[A-Z]/.test(phrase)) {
    if (!SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))) return false; // "the Four Winds"
    if (!tail.unit && CAPITAL_WORD_AFTER.test(after)) return false; // "Two Safeguards"
  }
  if (/^(?:one|zero)$/i.test(phrase)) {
    // A lone "one" counts only what it names: a unit word or a sanction ("one demerit").
    const counted = tail.unit !== null || termAt(text, end + (/^\s*/.exec(after)?.[0].length ?? 0));
    if (!counted || ONE_DETERMINER_BEFORE.test(before) || ONE_PRONOUN_AFTER.test(after)) return false;
    if (ONE_SLOGAN_AFTER.test(text.slice(tail.end, tail.end + 8))) return false;
  }
  return true;
}

/** compromise's parse of a short number phrase; null when it cannot read it (or throws). */
const parsed = new Map<string, number | null>();

export function parseNumberWords(phrase: string, nlp: Nlp): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (!parsed.has(key)) {
    if (parsed.size > 5000) parsed.clear();
    parsed.set(key, parseUncached(key, nlp));
  }
  return parsed.get(key) ?? null;
}

function parseUncached(phrase: string, nlp: Nlp): number | null {
  try {
    const doc = nlp(phrase) as { numbers(): { json(): Array<{ number?: unknown }> } };
    const found = doc.numbers().json();
    if (found.length !== 1) return null; // the grammar's span must read as one number
    const n = found[0]?.number;
    const value = typeof n === 'number' ? n : typeof (n as { num?: unknown })?.num === 'number' ? (n as { num: number }).num : null;
    return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * Number-word mentions, read like Arabic figures (same tail and hedges), unit or none:
 * "sixteen rectified" is a figure as much as "16 rectified". Masked spans are dates.
 */
export function wordMentions(text: string, nlp: Nlp, masked: Uint8Array): NumberMention[] {
  const out: NumberMention[] = [];
  let quoted: Uint8Array | null = null;
  for (const m of text.matchAll(CARDINAL)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (masked[start]) continue;
    const tail = readTail(text, end);
    quoted ??= quotedMask(text);
    if (!isQuantity(text, m[0], start, end, tail, quoted)) continue;
    const value = parseNumberWords(m[0], nlp);
    if (value === null) continue;
    const from = hedgeStart(text, start);
    out.push({ value: value * tail.scale, unit: tail.unit, approx: from < start || tail.approx, quote: text.slice(from, tail.end), start: from, end: tail.end });
  }
  return out;
}

// Every quantity of an English (machine-translated) notice: Arabic figures by one linear
// regex pass, number words ("forty-two people") through compromise on just the short window
// that names them, because compromise is far too slow to run over a whole page.
import type { NumberMention } from '../contract';
import { findDates } from './english-dates';
import { HEDGE_AFTER, HEDGE_BEFORE, SCALES, UNIT_AFTER, unitOfWord } from './english-units';

export type Nlp = (text: string) => unknown;

const FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const SCALE_AFTER = /^\s*(hundred million|ten thousand|thousand|million|billion)\b/i;
const PERCENT_AFTER = /^\s*(?:%|percent\b|per cent\b)/i;
const RMB_BEFORE = /(?:RMB|CNY|¥)\s*$/;
const NO_BEFORE = /\b(?:No|no|Article|article|Room|Building)\.?\s*$/;

const CARDINAL = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD_SEQ = new RegExp(`\\b(?:${CARDINAL})(?:(?:[\\s-]+|\\s+and\\s+)(?:${CARDINAL}|hundred|thousand|million|billion))*\\b`, 'gi');

interface Tail { unit: string | null; scale: number; end: number; approx: boolean }

/** Reads what follows a figure: scale, percent or unit word, and an "or more" hedge. */
function readTail(text: string, end: number): Tail {
  let scale = 1;
  let rest = text.slice(end, end + 80);
  const sc = SCALE_AFTER.exec(rest);
  if (sc) {
    scale = SCALES[sc[1].toLowerCase().replace(/\s+/g, ' ')] ?? 1;
    end += sc[0].length;
    rest = text.slice(end, end + 80);
  }
  let unit: string | null = null;
  const pc = PERCENT_AFTER.exec(rest);
  const un = pc ? null : UNIT_AFTER.exec(rest);
  if (pc) { unit = '%'; end += pc[0].length; }
  else if (un) { unit = unitOfWord(un[1]); end += un[0].length; }
  const hedge = HEDGE_AFTER.exec(text.slice(end, end + 20));
  if (hedge) end += hedge[0].length;
  return { unit, scale, end, approx: !!hedge };
}

function hedgeStart(text: string, start: number): number {
  const m = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m ? start - m[0].length : start;
}

function isNoise(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[A-Za-z@_/:#-]/.test(before) || /[A-Za-z@_]/.test(after)) return true;
  if (/^[-:/]\d/.test(text.slice(end, end + 2))) return true; // phone numbers, times, ranges
  if (before === '(' && after === ')') return true; // list markers "(1)"
  if (after === '.' && /(^|\n)\s*$/.test(text.slice(Math.max(0, start - 8), start))) return true; // "1." headings
  return NO_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

function digitMentions(text: string, masked: Uint8Array): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const figEnd = start + m[0].length;
    if (masked[start] || isNoise(text, start, figEnd)) continue;
    const tail = readTail(text, figEnd);
    let unit = tail.unit;
    if (!unit && RMB_BEFORE.test(text.slice(Math.max(0, start - 5), start))) unit = '元';
    const digits = m[0].replace(/,/g, '');
    const bare = unit === null && tail.scale === 1;
    if (bare && /^(19|20)\d\d$/.test(digits)) continue; // a year
    if (bare && !m[0].includes(',') && digits.replace('.', '').length >= 7) continue; // phone, postcode
    const from = hedgeStart(text, start);
    out.push({
      value: Math.round(Number(digits) * tail.scale * 100) / 100,
      unit,
      approx: from < start || tail.approx,
      quote: text.slice(from, tail.end),
      start: from,
      end: tail.end,
    });
  }
  return out;
}

/** compromise's parse of a short number phrase; null when it cannot read it (or throws). */
const parsed = new Map<string, number | null>();

function parseWords(phrase: string, nlp: Nlp): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (!parsed.has(key)) {
    if (parsed.size > 5000) parsed.clear();
    parsed.set(key, parseWordsUncached(key, nlp));
  }
  return parsed.get(key) ?? null;
}

function parseWordsUncached(phrase: string, nlp: Nlp): number | null {
  try {
    const doc = nlp(phrase) as { numbers(): { json(): Array<{ number?: unknown }> } };
    const first = doc.numbers().json()[0];
    const n = first?.number;
    const value = typeof n === 'number' ? n : typeof (n as { num?: unknown })?.num === 'number' ? (n as { num: number }).num : null;
    return value !== null && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function wordMentions(text: string, nlp: Nlp): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(WORD_SEQ)) {
    const start = m.index ?? 0;
    const tail = readTail(text, start + m[0].length);
    // Only counted quantities: "two people", not "one of the" or "Two Safeguards".
    if (!tail.unit || tail.unit === '%') continue;
    const value = parseWords(m[0], nlp);
    if (value === null) continue;
    const from = hedgeStart(text, start);
    out.push({ value: value * tail.scale, unit: tail.unit, approx: from < start || tail.approx, quote: text.slice(from, tail.end), start: from, end: tail.end });
  }
  return out;
}

export function findEnglishNumbers(text: string, nlp: Nlp): NumberMention[] {
  const masked = new Uint8Array(text.length);
  for (const d of findDates(text)) masked.fill(1, d.start, d.end);
  const all = [...digitMentions(text, masked), ...wordMentions(text, nlp)];
  return all.sort((a, b) => a.start - b.start);
}

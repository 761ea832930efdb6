// Every quantity of an English (machine-translated) notice: Arabic figures by one linear
// regex pass; number words ("forty-two people") by english-word-numbers, which hands
// compromise just the short phrase that names them (it is far too slow for a whole page).
import type { NumberMention } from '../contract';
import { findDates } from './english-dates';
import { hedgeStart, readTail } from './english-figure-tail';
import { wordMentions, type Nlp } from './english-word-numbers';

export type { Nlp } from './english-word-numbers';

const FIGURE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const RMB_BEFORE = /(?:RMB|CNY|¥)\s*$/;
const NO_BEFORE = /\b(?:No|no|Article|article|Room|Building)\.?\s*$/;

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

export function findEnglishNumbers(text: string, nlp: Nlp): NumberMention[] {
  const masked = new Uint8Array(text.length);
  for (const d of findDates(text)) masked.fill(1, d.start, d.end);
  const all = [...digitMentions(text, masked), ...wordMentions(text, nlp, masked)];
  return all.sort((a, b) => a.start - b.start);
}

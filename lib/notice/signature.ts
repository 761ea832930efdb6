// The signature at the end (中共温州市鹿城区委 / 2025年6月10日) and, where there is none, the
// page's own 发布时间 line.
import { findDates, wholeDate, type DateMention } from './dates';
import { CLOSING_RE, CONTACT_RE, ORG_RE, PAGE_DATE_RE } from './patterns';

const TAIL = 4000;
const MAX_LINES = 40;
const ORG_AND_DATE = /^(\S{2,40})\s+(\S{6,16})$/;

export interface Signature {
  issuer: string | null;
  date: DateMention | null;
}

const closing = (line: string) => CONTACT_RE.test(line) || CLOSING_RE.test(line) || /监督。?$/.test(line);

export function findSignature(text: string): Signature {
  const tail = text.slice(Math.max(0, text.length - TAIL));
  const lines = tail.split('\n').map((l) => l.trim()).filter(Boolean).slice(-MAX_LINES);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const date = wholeDate(line);
    if (date && date.year !== null && date.day !== null) {
      const before = lines[i - 1] ?? '';
      if (ORG_RE.test(before)) return { issuer: before, date };
      if (closing(before)) return { issuer: null, date };
      continue;
    }
    const both = ORG_AND_DATE.exec(line);
    if (both && ORG_RE.test(both[1]!)) {
      const d = wholeDate(both[2]!);
      if (d && d.year !== null && d.day !== null) return { issuer: both[1]!, date: d };
    }
  }
  // An undated signature: the organisation line right after the closing paragraph.
  for (let i = lines.length - 1; i > 0; i--) {
    if (ORG_RE.test(lines[i]!) && lines[i]!.length <= 40 && closing(lines[i - 1]!)) return { issuer: lines[i]!, date: null };
  }
  return { issuer: null, date: null };
}

/** 发布时间:2021-10-11 08:54 / 时间:… / 发布日期:… on the page, first one. */
export function findPageDate(text: string): DateMention | null {
  const m = PAGE_DATE_RE.exec(text.length > 40_000 ? text.slice(0, 20_000) + '\n' + text.slice(-20_000) : text);
  if (!m) return null;
  const d = findDates(`${m[1]}-${m[2]}-${m[3]}`)[0];
  return d ?? null;
}

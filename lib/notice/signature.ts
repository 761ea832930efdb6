// The signature at the end (中共温州市鹿城区委 / 2025年6月10日) and, where there is none, the
// page's own date: a 成文日期/发布时间/发表时间/信息时间 line, or a bare date line under the title.
import { findDates, wholeDate, type DateMention } from './dates';
import { CLOSING_RE, CONTACT_RE, DATE_LINE_RE, ORG_RE, PAGE_DATE_RE } from './patterns';

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

/** The page's own date: a 成文日期/成文时间 line (the document's date) first, else the first
 *  发布时间/发布日期/发表时间/信息时间/日期 line, else a bare date line above the opening sentence
 *  (`before`). Clock times after the date are ignored. */
export function findPageDate(text: string, before = DATE_LINE_ZONE): DateMention | null {
  const zone = text.length > 40_000 ? text.slice(0, 20_000) + '\n' + text.slice(-20_000) : text;
  let first: RegExpMatchArray | null = null;
  for (const m of zone.matchAll(PAGE_DATE_RE)) {
    if (m[1]!.startsWith('成文')) return dateOf(m[2]!, m[3]!, m[4]!);
    first ??= m;
  }
  if (first) return dateOf(first[2]!, first[3]!, first[4]!);
  const line = DATE_LINE_RE.exec(text.slice(0, Math.min(before, DATE_LINE_ZONE)));
  return line ? dateOf(line[1]!, line[2]!, line[3]!) : null;
}

const DATE_LINE_ZONE = 1500;

function dateOf(y: string, m: string, d: string): DateMention | null {
  return findDates(`${y}-${m}-${d}`)[0] ?? null;
}

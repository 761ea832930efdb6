// Dates as notices write them: 2021年1月11日, 6月25日 (year from context), 2021-10-11,
// 2021.10.11, 二〇二二年二月二十二日, and month-only 2021年3月 (context, never an ISO date).
export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

const CN = '〇零○Ｏ一二三四五六七八九十';
const DATE_RE = new RegExp(
  [
    String.raw`(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`,
    String.raw`(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)`,
    `(?:([${CN}]{4})年)?([${CN}]{1,2})月([${CN}]{1,3})日`,
    String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)`,
  ].join('|'),
  'g',
);

function cnNumber(s: string): number {
  if (s.length === 4 && !s.includes('十')) return Number([...s].map((c) => Math.max(0, CN.indexOf(c) - 3)).join(''));
  const digit = (c: string | undefined) => (c ? Math.max(0, CN.indexOf(c) - 3) : 0);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

function valid(m: DateMention): boolean {
  return m.month >= 1 && m.month <= 12 && (m.day === null || (m.day >= 1 && m.day <= 31)) && (m.year === null || (m.year >= 1949 && m.year <= 2100));
}

/** Every date in text[from, to), in order. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  for (const m of slice.matchAll(DATE_RE)) {
    const g = m;
    let d: DateMention;
    const start = from + m.index;
    const end = start + m[0].length;
    if (g[2] !== undefined) d = { start, end, year: g[1] ? Number(g[1]) : null, month: Number(g[2]), day: Number(g[3]) };
    else if (g[4] !== undefined) d = { start, end, year: Number(g[4]), month: Number(g[5]), day: Number(g[6]) };
    else if (g[8] !== undefined) d = { start, end, year: g[7] ? cnNumber(g[7]) : null, month: cnNumber(g[8]), day: cnNumber(g[9]!) };
    else d = { start, end, year: Number(g[10]), month: Number(g[11]), day: null };
    if (valid(d)) out.push(d);
  }
  return out;
}

/** The whole string is one date (a signature line), or null. */
export function wholeDate(line: string): DateMention | null {
  const t = line.trim();
  const ds = findDates(t);
  return ds.length === 1 && ds[0]!.start === 0 && ds[0]!.end === t.length ? ds[0]! : null;
}

/** A year for a date written without one: the year of the mention before it (`prev`),
 *  one later when the month comes before the previous month (Dec → Mar crosses a year). */
export function withYear(d: DateMention, prev: { year: number | null; month: number } | null): DateMention {
  if (d.year !== null || !prev || prev.year === null) return d;
  return { ...d, year: d.month < prev.month ? prev.year + 1 : prev.year };
}

export function iso(d: DateMention | null): string | null {
  if (!d || d.year === null || d.day === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The last dated mention with a year in text before `pos` (context for a yearless date). */
export function lastYearBefore(text: string, pos: number, window = 3000): DateMention | null {
  const ds = findDates(text, Math.max(0, pos - window), pos).filter((d) => d.year !== null);
  return ds.length ? ds[ds.length - 1]! : null;
}

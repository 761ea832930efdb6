// Dates as a browser translates them ("March 18", "May 20, 2024", "2021-10-11"). The number
// finder masks them (dates are not quantities); the notice fields read them as ISO dates.

import type { DateMention } from '../notice/dates';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ALT = MONTHS.map((m) => `${m[0].toUpperCase()}${m.slice(1)}|${m.slice(0, 3)[0].toUpperCase()}${m.slice(1, 3)}\\.?`).join('|');

export type { DateMention };

// "March 18, 2024" / "March 18" / "18 March 2024" / "2021-10-11" / "December 2020"
const DATE_RE = new RegExp(
  [
    `\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`,
    `\\b(\\d{1,2})\\s+(${MONTH_ALT})(?:,?\\s*(\\d{4})\\b)?`,
    `\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b`,
    `\\b(${MONTH_ALT})\\s+(?:of\\s+)?(\\d{4})\\b`,
  ].join('|'),
  'g',
);

function monthOf(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1]) out.push({ start, end, month: monthOf(m[1]), day: +m[2], year: m[3] ? +m[3] : null });
    else if (m[4]) out.push({ start, end, month: monthOf(m[5]), day: +m[4], year: m[6] ? +m[6] : null });
    else if (m[7]) out.push({ start, end, year: +m[7], month: +m[8], day: +m[9] });
    else if (m[10]) out.push({ start, end, month: monthOf(m[10]), day: null, year: +m[11] });
  }
  return out.filter((d) => d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= 31)));
}

export function isoDate(d: DateMention, fallbackYear: number | null): string | null {
  const year = d.year ?? fallbackYear;
  if (year === null || d.day === null) return null;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

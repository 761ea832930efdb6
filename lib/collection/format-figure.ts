// How figures are written in the UI: grouped digits with their unit, money also in 万/亿 元.
import type { FactKind } from '../vocabulary';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const short = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/** 1858200 → "185.82万元", 110000000 → "1.1亿元"; null below 10,000 yuan. */
export function chineseMoney(yuan: number): string | null {
  const abs = Math.abs(yuan);
  if (abs >= 1e8) return `${short.format(yuan / 1e8)}亿元`;
  if (abs >= 1e4) return `${short.format(yuan / 1e4)}万元`;
  return null;
}

export interface FormattedFigure {
  /** "1,858,200 元", "42 人" */
  main: string;
  /** "185.82万元" for money of 10,000 yuan or more. */
  alt: string | null;
}

export function formatFigure(value: number | null, unit: string | null, kind: FactKind, approx = false): FormattedFigure {
  if (value === null) return { main: '—', alt: null };
  const mark = approx ? '≈' : '';
  if (kind === 'money') {
    const alt = chineseMoney(value);
    return { main: `${mark}${grouped.format(value)} 元`, alt: alt && `${mark}${alt}` };
  }
  return { main: `${mark}${grouped.format(value)}${unit ? ` ${unit}` : ''}`, alt: null };
}

/** One string for tables and CSV-like places: "1,858,200 元 (185.82万元)". */
export function formatFigureText(value: number | null, unit: string | null, kind: FactKind, approx = false): string {
  const f = formatFigure(value, unit, kind, approx);
  return f.alt ? `${f.main} (${f.alt})` : f.main;
}

// What the dashboard's charts draw, summed from the selected notices' summary rows. Every figure
// is a summary figure (lib/collection/notice-figures.ts), the same number the notices CSV writes
// in that code's column, so a chart and the CSV of the same selection always agree.
import { TERMS, type Code } from '../vocabulary';

/** The part of a summary row the charts read (lib/db/summary-schema.ts SummaryRow). */
export interface ChartRow {
  year?: number;
  province: string;
  figures: ReadonlyArray<{ code: Code; kind: 'sanction' | 'money' | 'count'; value: number }>;
}

export interface CodeTotal {
  code: Code;
  value: number;
  /** How many notices state a figure for the code. */
  notices: number;
}

export interface GroupTotal {
  /** A year ('2024') or a province name; '' when the notices do not say. */
  key: string;
  notices: number;
  /** People given party or government sanctions (see disciplineTotal). */
  sanctioned: number;
}

export interface MoneyTotal {
  year: string;
  code: 'money_refunded' | 'money_recovered';
  /** Yuan. */
  value: number;
}

export interface ChartData {
  grades: CodeTotal[];
  years: GroupTotal[];
  provinces: GroupTotal[];
  money: MoneyTotal[];
}

const SANCTIONS = TERMS.filter((t) => t.kind === 'sanction').map((t) => t.code);
export const MONEY_CODES = ['money_refunded', 'money_recovered'] as const;

/** People a notice gave party or government sanctions: its 党纪政务处分 figure, else its 党纪处分
 *  and 政务处分 figures added (the notices CSV's discipline_total column, else party_discipline +
 *  gov_sanction). */
export function disciplineTotal(figures: ChartRow['figures']): number {
  const of = (code: Code) => figures.find((f) => f.code === code)?.value;
  return of('discipline_total') ?? (of('party_discipline') ?? 0) + (of('gov_sanction') ?? 0);
}

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

function groupBy(rows: readonly ChartRow[], keyOf: (r: ChartRow) => string): GroupTotal[] {
  const out = new Map<string, GroupTotal>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = out.get(key) ?? { key, notices: 0, sanctioned: 0 };
    g.notices += 1;
    g.sanctioned += disciplineTotal(r.figures);
    out.set(key, g);
  }
  return [...out.values()];
}

const yearOf = (r: ChartRow) => (r.year === undefined ? '' : String(r.year));

export function chartData(rows: readonly ChartRow[]): ChartData {
  const grades = new Map<Code, CodeTotal>();
  const money = new Map<string, MoneyTotal>();
  for (const r of rows) {
    for (const f of r.figures) {
      if (f.kind === 'sanction') {
        const t = grades.get(f.code) ?? { code: f.code, value: 0, notices: 0 };
        t.value += f.value;
        t.notices += 1;
        grades.set(f.code, t);
      }
      if ((MONEY_CODES as readonly string[]).includes(f.code)) {
        const year = yearOf(r);
        const k = `${year}\u0000${f.code}`;
        const m = money.get(k) ?? { year, code: f.code as MoneyTotal['code'], value: 0 };
        m.value = cents(m.value + f.value);
        money.set(k, m);
      }
    }
  }
  // Years in order with the undated last; provinces by how many notices they have.
  const byKey = (a: { key: string }, b: { key: string }) => (a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : a.key.localeCompare(b.key);
  return {
    grades: SANCTIONS.flatMap((code) => grades.get(code) ?? []),
    years: groupBy(rows, yearOf).sort(byKey),
    provinces: groupBy(rows, (r) => r.province).sort((a, b) => (a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : b.notices - a.notices || a.key.localeCompare(b.key, 'zh')),
    money: [...money.values()].sort((a, b) => byKey({ key: a.year }, { key: b.year }) || MONEY_CODES.indexOf(a.code) - MONEY_CODES.indexOf(b.code)),
  };
}

// Download names: the kind of file and the local date it was made, e.g. rectify-lens-facts-2026-11-23.csv.

export type CsvKind = 'notices' | 'facts';

export function csvFileName(kind: CsvKind, date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `rectify-lens-${kind}-${day}.csv`;
}

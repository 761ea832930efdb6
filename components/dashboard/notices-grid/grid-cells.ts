// What the grid's cells show, computed from a summary row: the short URL, the key figures and the
// published date. Pure helpers, kept beside the grid that is their only reader.
import type { SummaryFigure, SummaryRow } from '@/lib/db';

/** "www.example.gov.cn/xsxc/2025/plain-001.html": host and path, no scheme, query or fragment. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : decodeURI(u.pathname);
    return `${u.host}${path}`;
  } catch {
    return url;
  }
}

function topLevel(figures: readonly SummaryFigure[], code: string): SummaryFigure | undefined {
  return figures.find((f) => f.code === code);
}

/** The notice's 党纪处分 figure, else its 党纪政务处分 total; undefined when it states neither. */
export function sanctionsFigure(row: Pick<SummaryRow, 'figures'>): SummaryFigure | undefined {
  return topLevel(row.figures, 'party_discipline') ?? topLevel(row.figures, 'discipline_total');
}

/** The money figures the notice states (each code once), and their sum in yuan. */
export function moneyFigures(row: Pick<SummaryRow, 'figures'>): { sum: number | undefined; parts: SummaryFigure[] } {
  const parts = row.figures.filter((f) => f.kind === 'money' && f.parent === null);
  return { sum: parts.length ? parts.reduce((s, f) => s + f.value, 0) : undefined, parts };
}

/** The published date, else the year the summary settled on; undefined when there is neither. */
export function publishedLabel(row: Pick<SummaryRow, 'notice' | 'year'>): string | undefined {
  return row.notice.publishedDate ?? (row.year === undefined ? undefined : String(row.year));
}

/** "2025-07-01" / "2025-07-01 18:05" in the researcher's time zone. */
export function localDate(iso: string, withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (x: number) => String(x).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return withTime ? `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}

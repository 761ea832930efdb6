// The dashboard's filter box and sort order, over saved notice rows.
import type { NoticeRow } from '../db/schema';

export type NoticeSort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc';

function haystack(n: NoticeRow): string {
  const f = n.notice;
  return [f.title, n.pageTitle, f.issuer, f.inspectedUnit, f.inspectionBody, n.url].filter(Boolean).join('\n').toLowerCase();
}

/** Every whitespace-separated word of the filter must occur somewhere in the notice. */
export function filterNotices<T extends NoticeRow>(rows: readonly T[], filter: string): T[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((n) => {
    const text = haystack(n);
    return words.every((w) => text.includes(w));
  });
}

/** Notices without a published date sort last either way. */
export function sortNotices<T extends NoticeRow>(rows: readonly T[], sort: NoticeSort): T[] {
  const [key, dir] = sort.split('-') as ['saved' | 'published', 'asc' | 'desc'];
  const sign = dir === 'asc' ? 1 : -1;
  const value = (n: NoticeRow) => (key === 'saved' ? n.savedAt : n.notice.publishedDate);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === vb) return (a.id ?? 0) - (b.id ?? 0);
    if (va === null) return 1;
    if (vb === null) return -1;
    return va < vb ? -sign : sign;
  });
}

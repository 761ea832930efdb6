import { describe, expect, it } from 'vitest';
import { filterNotices, sortNotices } from '../../lib/collection';
import type { NoticeRow } from '../../lib/db';
import { request } from './db-test-data';

function row(id: number, title: string, savedAt: string, publishedDate: string | null, issuer = '中共某某区委'): NoticeRow & { id: number } {
  const r = request();
  return {
    id, url: `https://x.gov.cn/${id}`, canonicalUrl: `https://x.gov.cn/${id}`, textHash: String(id).padStart(64, '0'), textLength: 1,
    pageTitle: title, source: '', notice: { ...r.extraction.notice, title, issuer, publishedDate },
    detection: r.extraction.detection, checks: [], numbers: [], savedAt, updatedAt: savedAt, factCount: 0,
  };
}

const ROWS = [
  row(1, '鹿城区巡视整改通报', '2025-07-01T00:00:00.000Z', '2025-06-10', '中共温州市鹿城区委'),
  row(2, '奎文区巡视整改进展', '2025-07-03T00:00:00.000Z', null, '中共潍坊市奎文区委'),
  row(3, '湖里区巡视整改情况', '2025-07-02T00:00:00.000Z', '2022-02-22', '中共厦门市湖里区委'),
];

describe('filterNotices', () => {
  const cases: Array<[string, number[]]> = [['', [1, 2, 3]], ['奎文', [2]], ['巡视 厦门', [3]], ['X.GOV.CN/1', [1]], ['nothing-matches', []]];
  for (const [filter, ids] of cases) it(`"${filter}" → ${ids}`, () => expect(filterNotices(ROWS, filter).map((n) => n.id)).toEqual(ids));
});

describe('sortNotices', () => {
  const cases: Array<[Parameters<typeof sortNotices>[1], number[]]> = [
    ['saved-desc', [2, 3, 1]], ['saved-asc', [1, 3, 2]], ['published-desc', [1, 3, 2]], ['published-asc', [3, 1, 2]],
  ];
  for (const [sort, ids] of cases) it(sort, () => expect(sortNotices(ROWS, sort).map((n) => n.id)).toEqual(ids));
});

// Deleting one notice reads and writes only that notice's rows and the one totals row: the same
// number of rows in a collection of 3 notices as in one of 30, so it stays fast at 10,000.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { removeNotice, saveNotice, type RectifyLensDb } from '../../lib/db';
import { countRows, freshDb, request } from './db-test-data';

async function collection(n: number): Promise<{ db: RectifyLensDb; rows: ReturnType<typeof countRows>; ids: number[] }> {
  const db = freshDb();
  const rows = countRows(db);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const url = `https://n${i}.gov.cn/a.html`;
    ids.push(((await saveNotice(db, request({ url, canonicalUrl: url, textHash: i.toString(16).padStart(64, '0') }))) as { noticeId: number }).noticeId);
  }
  return { db, rows, ids };
}

describe('removing one notice', () => {
  it('touches as many rows in a collection of 30 as in one of 3', async () => {
    const touched: Array<{ read: number; written: number }> = [];
    for (const n of [3, 30]) {
      const { db, rows, ids } = await collection(n);
      rows.read = 0;
      rows.written = 0;
      expect(await removeNotice(db, ids[1])).toBeDefined();
      touched.push({ ...rows });
      expect(await db.notices.count()).toBe(n - 1);
      expect((await db.stats.get('collection'))?.notices).toBe(n - 1);
    }
    expect(touched[1]).toEqual(touched[0]);
  });
});

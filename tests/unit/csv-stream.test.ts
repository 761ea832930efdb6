// The streamed CSV export: the chunks join to exactly the files the one-piece writers make, for
// the whole collection and for a filtered selection.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { csvChunks, factsCsv, noticesCsv } from '../../lib/csv';
import { putCorrection, saveNotice, savedNoticeRecordPages, savedNoticeRecords, type RectifyLensDb } from '../../lib/db';
import { FACTS, freshDb, request } from './db-test-data';

async function seeded(n: number): Promise<{ db: RectifyLensDb; ids: number[] }> {
  const db = freshDb();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const facts = FACTS.map((f) => ({ ...f, value: f.value === null ? null : f.value + i, quote: i === 2 ? `=${f.quote}` : f.quote }));
    const url = `https://n${i}.gov.cn/a.html`;
    const saved = await saveNotice(db, request({ url, canonicalUrl: url, textHash: i.toString(16).padStart(64, '0') }, facts), new Date(Date.UTC(2025, 0, 1 + i)));
    ids.push((saved as { noticeId: number }).noticeId);
  }
  const [first] = await db.facts.where('noticeId').equals(ids[1]).sortBy('start');
  const at = '2025-07-01T00:00:00.000Z';
  await putCorrection(db, { noticeId: ids[1], kind: 'rejected', factId: first.id, anchor: first.selector, createdAt: at, updatedAt: at });
  return { db, ids };
}

async function joined(db: RectifyLensDb, options: { pageSize?: number; noticeIds?: number[] }) {
  let notices = '';
  let facts = '';
  const done: number[] = [];
  for await (const chunk of csvChunks(savedNoticeRecordPages(db, options))) {
    notices += chunk.notices;
    facts += chunk.facts;
    done.push(chunk.done);
  }
  return { notices, facts, done };
}

describe('streamed CSV export', () => {
  const cases: Array<[string, number, (ids: number[]) => number[] | undefined]> = [
    ['the whole collection, a page per notice', 1, () => undefined],
    ['the whole collection, pages of two', 2, () => undefined],
    ['the whole collection, one page', 200, () => undefined],
    ['a filtered selection', 1, (ids) => [ids[4], ids[1]]],
    ['an empty selection', 2, () => []],
  ];
  for (const [name, pageSize, pick] of cases) {
    it(`joins to the one-piece files: ${name}`, async () => {
      const { db, ids } = await seeded(5);
      const noticeIds = pick(ids);
      const records = await savedNoticeRecords(db, { noticeIds });
      expect(records.length).toBe(noticeIds?.length ?? 5);
      const out = await joined(db, { pageSize, noticeIds });
      expect(out.notices).toBe(noticesCsv(records));
      expect(out.facts).toBe(factsCsv(records));
      expect(out.done.at(-1)).toBe(records.length);
    });
  }

  it('keeps the oldest save first, whatever order the selection names', async () => {
    const { db, ids } = await seeded(5);
    const records = await savedNoticeRecords(db, { noticeIds: [ids[3], ids[0]] });
    expect(records.map((r) => r.url)).toEqual(['https://n0.gov.cn/a.html', 'https://n3.gov.cn/a.html']);
  });
});

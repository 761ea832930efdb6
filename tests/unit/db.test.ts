import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { removeNotice, saveNotice, savedNoticeRecords } from '../../lib/db';
import { FACTS, freshDb, request } from './db-test-data';

describe('saveNotice', () => {
  it('saves a new notice with its facts and selectors', async () => {
    const db = freshDb();
    const result = await saveNotice(db, request(), new Date('2025-07-01T10:00:00Z'));
    expect(result.status).toBe('saved');
    const notices = await db.notices.toArray();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ canonicalUrl: 'https://www.example.gov.cn/xszg/2025/notice.html', factCount: 4, savedAt: '2025-07-01T10:00:00.000Z' });
    const facts = await db.facts.where('noticeId').equals(notices[0].id!).toArray();
    expect(facts.map((f) => f.code)).toEqual(FACTS.map((f) => f.code));
    expect(facts[0].selector).toMatchObject({ exact: '给予党纪处分42人', start: 10, end: 19 });
  });

  it('the same text at another URL is the same notice: one row, first URL kept, facts updated in place', async () => {
    const db = freshDb();
    const first = (await saveNotice(db, request(), new Date('2025-07-01T10:00:00Z'))) as { noticeId: number };
    const ids = (await db.facts.orderBy('id').toArray()).map((f) => f.id);
    const mirror = { url: 'https://mirror.example.gov.cn/a.html', canonicalUrl: 'https://mirror.example.gov.cn/a.html' };
    const second = await saveNotice(db, request(mirror, FACTS.slice(0, 2)), new Date('2025-07-02T10:00:00Z'));
    expect(second).toEqual({ status: 'updated', noticeId: first.noticeId });
    expect(await db.notices.count()).toBe(1);
    expect((await db.facts.orderBy('id').toArray()).map((f) => f.id)).toEqual(ids.slice(0, 2));
    const row = (await db.notices.toArray())[0];
    expect(row).toMatchObject({ url: request().url, savedAt: '2025-07-01T10:00:00.000Z', updatedAt: '2025-07-02T10:00:00.000Z', factCount: 2 });
  });

  it('two concurrent saves of the same notice leave one notice and one set of facts', async () => {
    const db = freshDb();
    const results = await Promise.all([saveNotice(db, request()), saveNotice(db, request()), saveNotice(db, request())]);
    expect(results.map((r) => r.status).sort()).toEqual(['saved', 'updated', 'updated']);
    expect(await db.notices.count()).toBe(1);
    expect(await db.facts.count()).toBe(FACTS.length);
  });

  it('rejects a bad fact and keeps what was stored', async () => {
    const db = freshDb();
    await saveNotice(db, request());
    const bad = request({ textHash: 'c'.repeat(64) }, [{ ...FACTS[0], code: 'not_a_code' as never }]);
    const result = await saveNotice(db, bad);
    expect(result.status).toBe('error');
    expect((result as { error: string }).error).toMatch(/invalid/);
    expect(await db.facts.count()).toBe(FACTS.length);
    expect((await db.notices.toArray())[0].textHash).toBe('a'.repeat(64));
  });

  it('reports a full disk clearly and loses nothing', async () => {
    const db = freshDb();
    await saveNotice(db, request());
    const original = db.facts.bulkAdd.bind(db.facts);
    db.facts.bulkAdd = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as never;
    const result = await saveNotice(db, request({ textHash: 'd'.repeat(64) }, FACTS.slice(0, 1)));
    db.facts.bulkAdd = original;
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(/disk is full/), retryable: false });
    expect(await db.facts.count()).toBe(FACTS.length);
    expect((await db.notices.toArray())[0]).toMatchObject({ textHash: 'a'.repeat(64), factCount: 4 });
  });

  it('removeNotice deletes the notice and its facts only', async () => {
    const db = freshDb();
    const a = await saveNotice(db, request());
    await saveNotice(db, request({ url: 'https://b.gov.cn/x', canonicalUrl: 'https://b.gov.cn/x', textHash: 'e'.repeat(64) }));
    expect(await removeNotice(db, (a as { noticeId: number }).noticeId)).toMatchObject({ facts: expect.any(Array) });
    expect(await db.notices.count()).toBe(1);
    expect(await db.facts.count()).toBe(FACTS.length);
    expect(await removeNotice(db, 9999)).toBeUndefined();
  });

  it('reads notices back as contract records for the CSV', async () => {
    const db = freshDb();
    await saveNotice(db, request(), new Date('2025-07-01T10:00:00Z'));
    const [record] = await savedNoticeRecords(db);
    expect(record.url).toBe(request().url);
    expect(record.savedAt).toBe('2025-07-01T10:00:00.000Z');
    expect(record.extraction.facts).toEqual(FACTS);
    expect(record.extraction.notice).toEqual(request().extraction.notice);
  });
});

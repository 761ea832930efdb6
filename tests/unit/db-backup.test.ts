import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { archiveText, exportBackup, importBackup, putCorrection, readArchivedText, saveNotice, setAnnotation } from '../../lib/db';
import { FACTS, freshDb, request } from './db-test-data';

async function snapshot(db: ReturnType<typeof freshDb>) {
  return { notices: await db.notices.toArray(), facts: await db.facts.toArray() };
}

describe('backup', () => {
  it('round-trips every notice and fact into an empty database', async () => {
    const source = freshDb();
    await saveNotice(source, request());
    await saveNotice(source, request({ url: 'https://b.gov.cn/x', canonicalUrl: 'https://b.gov.cn/x', textHash: 'e'.repeat(64) }));
    const text = JSON.stringify(await exportBackup(source));
    const target = freshDb();
    expect(await importBackup(target, text)).toEqual({ status: 'imported', added: 2, updated: 0, skipped: 0 });
    const strip = ({ notices, facts }: Awaited<ReturnType<typeof snapshot>>) => ({
      notices: notices.map(({ id: _i, ...n }) => n),
      facts: facts.map(({ id: _i, noticeId: _n, ...f }) => f),
    });
    expect(strip(await snapshot(target))).toEqual(strip(await snapshot(source)));
  });

  it('carries the archived text, tags and note, and corrections (re-attached by their anchors)', async () => {
    const source = freshDb();
    const { noticeId } = (await saveNotice(source, request())) as { noticeId: number };
    await archiveText(source, noticeId, '整改通报全文', 'a'.repeat(64));
    await setAnnotation(source, noticeId, ['广东', '2025'], '已核对');
    const [first] = await source.facts.where('noticeId').equals(noticeId).sortBy('start');
    const anchor = { exact: first.quote, prefix: '', suffix: '', start: first.start, end: first.end };
    const at = '2025-07-01T00:00:00.000Z';
    await putCorrection(source, { noticeId, kind: 'corrected', factId: first.id, anchor, patch: { value: 41 }, createdAt: at, updatedAt: at });
    const file = JSON.stringify(await exportBackup(source));
    const target = freshDb();
    await target.facts.add({ ...first, id: undefined, noticeId: 99 }); // fact ids differ in the target
    await target.facts.clear();
    for (let i = 0; i < 2; i++) expect((await importBackup(target, file)).status).toBe('imported');
    const [notice] = await target.notices.toArray();
    expect(await readArchivedText(target, notice.id!)).toBe('整改通报全文');
    expect(await target.annotations.get(notice.id!)).toMatchObject({ tags: ['广东', '2025'], note: '已核对' });
    expect(await target.corrections.count()).toBe(1); // imported twice, held once
    const summary = await target.summaries.get(notice.id!);
    expect(summary?.figures.find((f) => f.code === first.code)?.value).toBe(41);
    expect(summary?.tags).toEqual(['广东', '2025']);
  });

  it('still imports a version 1 backup', async () => {
    const source = freshDb();
    await saveNotice(source, request());
    const v1 = { ...(await exportBackup(source)), version: 1 };
    expect(await importBackup(freshDb(), JSON.stringify(v1))).toMatchObject({ status: 'imported', added: 1 });
  });

  it('merges by canonical URL / text hash like a save, keeping newer local copies', async () => {
    const db = freshDb();
    await saveNotice(db, request(), new Date('2025-07-01T00:00:00Z'));
    const backup = await exportBackup(db);
    // Older backup of the same notice with fewer facts: the newer local copy stays.
    const older = { ...backup, notices: [{ ...backup.notices[0], updatedAt: '2025-06-01T00:00:00.000Z', facts: [] }] };
    expect(await importBackup(db, JSON.stringify(older))).toMatchObject({ status: 'imported', skipped: 1 });
    expect(await db.facts.count()).toBe(FACTS.length);
    // Newer backup of it at another URL (same text): updates the one row.
    const newer = { ...backup, notices: [{ ...backup.notices[0], url: 'https://m.gov.cn/a', canonicalUrl: 'https://m.gov.cn/a', updatedAt: '2025-08-01T00:00:00.000Z', facts: backup.notices[0].facts.slice(0, 1) }] };
    expect(await importBackup(db, JSON.stringify(newer))).toMatchObject({ status: 'imported', updated: 1 });
    expect(await db.notices.count()).toBe(1);
    expect(await db.facts.count()).toBe(1);
  });

  const corrupt: Array<[string, (b: Record<string, unknown>) => string]> = [
    ['not JSON', () => '{"format": "rectify-lens-backup", '],
    ['another file', () => JSON.stringify({ hello: 'world' })],
    ['a bad fact in the last notice', (b) => {
      const notices = b.notices as Array<Record<string, unknown>>;
      const last = { ...notices[notices.length - 1], facts: [{ ...FACTS[0], code: 'bogus' }] };
      return JSON.stringify({ ...b, notices: [...notices, { ...last, canonicalUrl: 'https://z.gov.cn/', textHash: 'f'.repeat(64) }] });
    }],
    ['a future version', (b) => JSON.stringify({ ...b, version: 99 })],
  ];
  for (const [name, make] of corrupt) {
    it(`rejects ${name} with a clear error and changes nothing`, async () => {
      const db = freshDb();
      await saveNotice(db, request());
      const backup = (await exportBackup(db)) as unknown as Record<string, unknown>;
      const changed = { ...backup, notices: [{ ...(backup.notices as object[])[0], pageTitle: 'changed', updatedAt: '2099-01-01T00:00:00.000Z' }] };
      const before = await snapshot(db);
      const result = await importBackup(db, make(changed));
      expect(result.status).toBe('error');
      expect((result as { error: string }).error).toMatch(/^Not imported: .*Nothing was changed\.$/);
      expect((result as { reason?: string }).reason).toMatch(/^(not-json|invalid)$/);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('rolls back every notice when a write fails half-way', async () => {
    const db = freshDb();
    await saveNotice(db, request());
    const backup = await exportBackup(db);
    const second = { ...backup.notices[0], url: 'https://n.gov.cn/', canonicalUrl: 'https://n.gov.cn/', textHash: '1'.repeat(64) };
    const text = JSON.stringify({ ...backup, notices: [{ ...backup.notices[0], updatedAt: '2099-01-01T00:00:00.000Z', pageTitle: 'x' }, second] });
    const before = await snapshot(db);
    let calls = 0;
    const original = db.facts.bulkAdd.bind(db.facts);
    db.facts.bulkAdd = ((...args: Parameters<typeof original>) =>
      ++calls === 1 ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : original(...args)) as never;
    const result = await importBackup(db, text);
    db.facts.bulkAdd = original;
    expect(result).toEqual({ status: 'error', reason: 'storage', detail: expect.stringMatching(/^the disk is full/), error: expect.stringMatching(/^Not imported: the disk is full/) });
    expect(await snapshot(db)).toEqual(before);
  });
});

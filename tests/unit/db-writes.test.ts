// What a save writes, and what a failing database does to it. Writes are counted, and faults
// injected, below Dexie (a DBCore middleware), where IndexedDB itself would throw.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { DB_NAME, RectifyLensDb, factChanges, saveNotice, type StoredFact } from '../../lib/db';
import { addAsV2, FACTS, freshDb, mutatedRows, request, snapshotDb } from './db-test-data';

/** Counts rows written per table; `fail` makes the next mutations throw a DOMException. */
function instrument(db: RectifyLensDb) {
  const probe = { writes: 0, fail: null as string | null, failAfter: 0 };
  db.use({
    stack: 'dbcore',
    name: 'test-probe',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (probe.fail && probe.failAfter-- <= 0) return Promise.reject(new DOMException('injected', probe.fail));
            probe.writes += mutatedRows(req);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return probe;
}

describe('a save writes only what changed', () => {
  it('saving the same extraction again writes nothing', async () => {
    const db = freshDb();
    const probe = instrument(db);
    await saveNotice(db, request(), new Date('2025-07-01T10:00:00Z'));
    const before = await snapshotDb(db);
    probe.writes = 0;
    const again = await saveNotice(db, request(), new Date('2025-07-02T10:00:00Z'));
    expect(again).toMatchObject({ status: 'updated', unchanged: true });
    expect(probe.writes).toBe(0);
    expect(await snapshotDb(db)).toEqual(before);
  });

  it('a changed extraction rewrites the changed facts only; unchanged facts keep their ids', async () => {
    const db = freshDb();
    const probe = instrument(db);
    await saveNotice(db, request());
    const before = (await snapshotDb(db)).facts;
    probe.writes = 0;
    // One figure corrected (another fact now), one gone, one moved by an inserted sentence.
    const next = [FACTS[0], { ...FACTS[1], value: 29 }, { ...FACTS[2], start: 40, end: 52 }];
    const result = await saveNotice(db, request({}, next)); // same text, re-extracted
    expect(result.status).toBe('updated');
    const after = (await snapshotDb(db)).facts;
    expect(after.find((f) => f.code === FACTS[0].code)?.id).toBe(before[0].id);
    expect(after.find((f) => f.code === FACTS[2].code)).toMatchObject({ id: before[2].id, start: 40 });
    expect(after.find((f) => f.code === FACTS[1].code)).toMatchObject({ value: 29 });
    expect(after.find((f) => f.code === FACTS[1].code)?.id).not.toBe(before[1].id);
    expect(after.some((f) => f.code === FACTS[3].code)).toBe(false);
    // notice row 1 + moved fact 1 + removed 2 (changed figure, dropped fact) + added 1, then the
    // notice's summary and the collection totals.
    expect(probe.writes).toBe(7);
  });

  it.each([
    ['same place', { start: 10, end: 19 }, 'kept'],
    ['moved, same quote and prefix', { start: 110, end: 119 }, 'put'],
    ['another value at the same place', { value: 43 }, 'replaced'],
  ] as const)('factChanges matches a fact at the %s', (_, change, outcome) => {
    const stored = [{ ...FACTS[0], id: 5, noticeId: 1, selector: { exact: FACTS[0].quote, prefix: 'p', suffix: 's', start: 10, end: 19 } }] as StoredFact[];
    const next = [{ ...stored[0], ...change, id: undefined, selector: { ...stored[0].selector, ...change } }];
    const c = factChanges(stored, next);
    const got = c.kept ? 'kept' : c.put.length ? 'put' : c.remove.length && c.add.length ? 'replaced' : '?';
    expect(got).toBe(outcome);
    if (outcome === 'put') expect(c.put[0].id).toBe(5);
  });

  it('two tabs saving the same notice at once leave one row', async () => {
    const db = freshDb();
    const results = await Promise.all([saveNotice(db, request()), saveNotice(db, request())]);
    expect(results.map((r) => r.status).sort()).toEqual(['saved', 'updated']);
    expect(await db.notices.count()).toBe(1);
    expect(await db.facts.count()).toBe(FACTS.length);
  });
});

describe('faults give a clear result and damage nothing', () => {
  // The same notice (same text), re-extracted with a fact fewer: a write of the row and the facts.
  const changed = () => request({}, FACTS.slice(1));

  it.each([
    ['QuotaExceededError', 0, /disk is full/, false],
    ['QuotaExceededError', 1, /disk is full/, false],
    ['TransactionInactiveError', 0, /refused the write/, true],
    ['AbortError', 1, /refused the write/, true],
    ['UnknownError', 0, /refused the write/, true],
    ['ConstraintError', 0, /refused the write/, false],
  ] as const)('%s after %i writes → %s, retryable %s; every row as it was', async (name, after, message, retryable) => {
    const db = freshDb();
    const probe = instrument(db);
    await saveNotice(db, request({ url: 'https://www.other.gov.cn/a', canonicalUrl: 'https://www.other.gov.cn/a', textHash: 'e'.repeat(64) }));
    await saveNotice(db, request());
    const before = await snapshotDb(db);
    probe.fail = name;
    probe.failAfter = after; // 1: the notice row is written, then the facts fail (rolled back)
    const result = await saveNotice(db, changed());
    expect(result).toEqual({ status: 'error', error: expect.stringMatching(message), retryable });
    probe.fail = null;
    expect(await snapshotDb(db)).toEqual(before);
    if (retryable) expect((await saveNotice(db, changed())).status).toBe('updated');
  });

  it('a blocked upgrade (an old tab holds v1 open) fails at once, retryable, and the retry saves', async () => {
    const name = `${DB_NAME}-blocked-${Math.random().toString(36).slice(2)}`;
    const v1 = new RectifyLensDb(name, 1);
    await addAsV2(v1);
    v1.close();
    // An old build's connection: raw IndexedDB at Dexie's native v1 (×10), deaf to versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = new RectifyLensDb(name);
    const other = { url: 'https://www.b.gov.cn/x', canonicalUrl: 'https://www.b.gov.cn/x', textHash: 'f'.repeat(64) };
    for (let i = 0; i < 2; i++) {
      expect(await saveNotice(db, request(other))).toEqual({ status: 'error', error: expect.stringMatching(/old version/), retryable: true });
    }
    old.close();
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    expect((await saveNotice(db, request(other))).status).toBe('saved');
    expect(await db.notices.count()).toBe(2);
    expect(await db.facts.count()).toBe(2 * FACTS.length);
    db.close();
  });
});

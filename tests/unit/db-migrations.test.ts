// Every schema version must open the data of the one before it. For a bump to version N, append
// a case { from: N-1, to: N }: the harness opens the database as N-1 declared it
// (new RectifyLensDb(name, N-1)), `seed` writes rows the way N-1 wrote them (raw table.add, not
// today's saveNotice), then it opens version N and `check` asserts the upgraded rows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, RectifyLensDb, SCHEMA_VERSIONS, saveNotice } from '../../lib/db';
import { FACTS, request } from './db-test-data';

interface MigrationCase {
  from: number;
  to: number;
  seed: (db: RectifyLensDb) => Promise<void>;
  check: (db: RectifyLensDb) => Promise<void>;
}

const CASES: MigrationCase[] = [
  {
    // v1 is the first version: reopening the same version keeps every row and index intact.
    from: 1,
    to: 1,
    seed: async (db) => {
      await saveNotice(db, request(), new Date('2025-07-01T00:00:00Z'));
    },
    check: async (db) => {
      expect(await db.notices.count()).toBe(1);
      const notice = await db.notices.where('textHash').equals('a'.repeat(64)).first();
      expect(notice).toMatchObject({ savedAt: '2025-07-01T00:00:00.000Z', factCount: FACTS.length });
      expect(await db.facts.where('noticeId').equals(notice!.id!).count()).toBe(FACTS.length);
      expect(await db.facts.where('code').equals('money_refunded').count()).toBe(1);
    },
  },
];

describe('database schema versions', () => {
  it('declares versions in increasing order, and every bump has a migration case', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const v of versions) expect(CASES.some((c) => c.to === v), `migration case to v${v}`).toBe(true);
  });

  for (const c of CASES) {
    it(`opens data written by v${c.from} with v${c.to}`, async () => {
      const name = `rectify-lens-migration-${c.from}-${Math.random().toString(36).slice(2)}`;
      const old = new RectifyLensDb(name, c.from);
      await old.open();
      expect(old.verno).toBe(c.from);
      await c.seed(old);
      old.close();
      const upgraded = new RectifyLensDb(name, c.to);
      await upgraded.open();
      expect(upgraded.verno).toBe(c.to);
      await c.check(upgraded);
      upgraded.close();
      // And the latest version still opens it.
      const latest = new RectifyLensDb(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_VERSION);
      latest.close();
    });
  }
});

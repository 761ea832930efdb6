// Every schema version must open the data of the one before it. For a bump to version N, append
// a case { from: N-1, to: N }: the harness opens the database as N-1 declared it
// (new RectifyLensDb(name, N-1)), `seed` writes rows the way N-1 wrote them (raw table.add, not
// today's saveNotice), then it opens version N and `check` asserts the upgraded rows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, RectifyLensDb, SCHEMA_VERSIONS, removeNotice, saveNotice } from '../../lib/db';
import { addAsV2, FACTS, request } from './db-test-data';

/** Rows as v1 wrote them (raw adds): one with another site's canonical URL, as v1 believed pages. */
const V1_NOTICES = [
  { url: 'https://www.a.gov.cn/n1.html#top', canonicalUrl: 'https://www.a.gov.cn/n1.html', textHash: '1'.repeat(64) },
  { url: 'https://www.a.gov.cn/n2.html', canonicalUrl: 'https://fgw.a.gov.cn/n2.html', textHash: '2'.repeat(64) },
  { url: 'https://evil.example.com/x.html', canonicalUrl: 'https://www.a.gov.cn/n1.html', textHash: '3'.repeat(64) },
];

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
      await addAsV2(db);
    },
    check: async (db) => {
      expect(await db.notices.count()).toBe(1);
      const notice = await db.notices.where('textHash').equals('a'.repeat(64)).first();
      expect(notice).toMatchObject({ savedAt: '2025-07-01T00:00:00.000Z', factCount: FACTS.length });
      expect(await db.facts.where('noticeId').equals(notice!.id!).count()).toBe(FACTS.length);
      expect(await db.facts.where('code').equals('money_refunded').count()).toBe(1);
    },
  },
  {
    // v2 gives back their own URL to rows whose canonical URL named another site; all else stays.
    from: 1,
    to: 2,
    seed: async (db) => {
      for (const over of V1_NOTICES) await addAsV2(db, over);
    },
    check: async (db) => {
      const rows = await db.notices.orderBy('id').toArray();
      expect(rows.map((r) => [r.url, r.canonicalUrl])).toEqual([
        [V1_NOTICES[0].url, V1_NOTICES[0].canonicalUrl],
        [V1_NOTICES[1].url, V1_NOTICES[1].canonicalUrl],
        [V1_NOTICES[2].url, 'https://evil.example.com/x.html'],
      ]);
      for (const row of rows) {
        expect(row).toMatchObject({ savedAt: '2025-07-01T00:00:00.000Z', factCount: FACTS.length });
        expect(await db.facts.where('noticeId').equals(row.id!).count()).toBe(FACTS.length);
      }
      expect(await db.notices.where('canonicalUrl').equals('https://www.a.gov.cn/n1.html').count()).toBe(1);
    },
  },
  {
    // v3 adds the workspace tables and builds a summary and the collection totals for every
    // notice v2 held; the notices and facts themselves stay as they were.
    from: 2,
    to: 3,
    seed: async (db) => {
      for (const over of V1_NOTICES) await addAsV2(db, over);
    },
    check: async (db) => {
      expect(await db.notices.count()).toBe(3);
      expect(await db.facts.count()).toBe(3 * FACTS.length);
      const summaries = await db.summaries.orderBy('noticeId').toArray();
      expect(summaries).toHaveLength(3);
      expect(summaries[0]).toMatchObject({ issuer: '中共某某区委', year: 2025, factCount: FACTS.length, warningCount: 1, host: 'www.a.gov.cn' });
      expect(summaries[0].figures.map((f) => [f.code, f.value])).toEqual([
        ['party_discipline', 42], ['party_warning', 28], ['admonishment', 3], ['money_refunded', 1858200],
      ]);
      // 诫勉3人 is in no headline: its figure comes from the notice's top-level facts.
      expect(summaries[0].figures.find((f) => f.code === 'admonishment')?.from).toBe('facts');
      expect(await db.summaries.where('codes').equals('admonishment').count()).toBe(3);
      const stats = await db.stats.get('collection');
      expect(stats).toMatchObject({ notices: 3, facts: 3 * FACTS.length, byCode: { party_discipline: { value: 126, notices: 3 } } });
      expect(await db.corrections.count()).toBe(0);
      // The upgraded rows are read and updated by today's save without a second row.
      expect((await saveNotice(db, request({ ...V1_NOTICES[1] }))).status).toBe('updated');
      expect(await db.notices.count()).toBe(3);
      // Today's writes keep the totals in step with the upgraded rows.
      const first = (await db.notices.orderBy('id').first())!;
      await removeNotice(db, first.id!);
      expect(await db.stats.get('collection')).toMatchObject({ notices: 2, byCode: { party_discipline: { value: 84, notices: 2 } } });
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

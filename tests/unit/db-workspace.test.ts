// The workspace tables of schema v3: corrections applied on read, summaries and running totals
// kept in step by every write, and delete with undo that gives everything back.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factsCsv, noticesCsv } from '../../lib/csv';
import {
  applyCorrections, putCorrection, rebuildSummaries, savedNoticeRecords, setAnnotation, removeNotice, restoreNotice, saveNotice, SUMMARY_TABLE_NAMES,
  type CorrectionRow, type StoredFact,
} from '../../lib/db';
import { FACTS, freshDb, request } from './db-test-data';

const AT = '2025-07-01T00:00:00.000Z';
const stored = FACTS.map((f, i) => ({ ...f, id: i + 1 })) as Array<(typeof FACTS)[number] & { id: number }>;
const anchorOf = (i: number) => ({ exact: FACTS[i].quote, prefix: '', suffix: '', start: FACTS[i].start, end: FACTS[i].end });
const correction = (over: Partial<CorrectionRow>): CorrectionRow => ({ noticeId: 1, kind: 'corrected', anchor: anchorOf(0), createdAt: AT, updatedAt: AT, ...over });

describe('applyCorrections', () => {
  it.each([
    ['no corrections', [], [['party_discipline', 42, 'extracted']]],
    ['a corrected value', [correction({ id: 9, factId: 1, patch: { value: 43 } })], [['party_discipline', 43, 'corrected']]],
    ['a corrected code', [correction({ factId: 1, patch: { code: 'party_warning' } })], [['party_warning', 42, 'corrected']]],
    ['a rejected fact', [correction({ kind: 'rejected', factId: 1 })], [['party_discipline', 42, 'rejected']]],
    // The fact's row was replaced (new id) by a re-extraction: the anchor finds it.
    ['re-attached by its anchor', [correction({ factId: 999, patch: { value: 40 } })], [['party_discipline', 40, 'corrected']]],
  ] as const)('%s', (_, corrections, expected) => {
    const out = applyCorrections(stored, corrections as readonly CorrectionRow[]);
    expect(out).toHaveLength(FACTS.length);
    expect(out.slice(0, 1).map((f) => [f.code, f.value, f.origin])).toEqual(expected);
    expect(out.slice(1).every((f) => f.origin === 'extracted')).toBe(true);
  });

  it('adds a missing fact in text order', () => {
    const fact = { ...FACTS[3], code: 'gov_dismissal' as const, value: 2, quote: '撤职2人', start: 50, end: 54, headline: false };
    const out = applyCorrections(stored, [correction({ kind: 'added', fact, anchor: { exact: fact.quote, prefix: '', suffix: '', start: 50, end: 54 } })]);
    expect(out.map((f) => f.origin)).toEqual(['extracted', 'extracted', 'extracted', 'added', 'extracted']);
  });
});

describe('summaries and running totals', () => {
  it('stay equal to a rebuild from scratch after saves, updates and removals', async () => {
    const db = freshDb();
    const ids: number[] = [];
    for (const h of ['b', 'c', 'd']) {
      const r = await saveNotice(db, request({ url: `https://www.${h}.gov.cn/x`, canonicalUrl: `https://www.${h}.gov.cn/x`, textHash: h.repeat(64) }));
      ids.push((r as { noticeId: number }).noticeId);
    }
    await saveNotice(db, request({ url: 'https://www.c.gov.cn/x', canonicalUrl: 'https://www.c.gov.cn/x', textHash: 'c'.repeat(64) }, [{ ...FACTS[0], value: 50 }, FACTS[2]]));
    await removeNotice(db, ids[0]);
    const kept = { stats: await db.stats.get('collection'), summaries: await db.summaries.toArray() };
    await db.transaction('rw', SUMMARY_TABLE_NAMES, () => rebuildSummaries(db));
    expect(await db.stats.get('collection')).toEqual(kept.stats);
    expect(await db.summaries.toArray()).toEqual(kept.summaries);
    expect(kept.stats).toMatchObject({ notices: 2, facts: FACTS.length + 2, byCode: { party_discipline: { value: 92, notices: 2 } } });
  });
});

describe('delete with undo', () => {
  it('gives the notice back with its facts, corrections and annotation, under the same ids', async () => {
    const db = freshDb();
    const { noticeId } = (await saveNotice(db, request())) as { noticeId: number };
    const facts = (await db.facts.where('noticeId').equals(noticeId).toArray()) as StoredFact[];
    await putCorrection(db, correction({ noticeId, factId: facts[0].id, patch: { value: 41 } }));
    await setAnnotation(db, noticeId, ['广东', ' 广东 '], '核对过');
    const before = { facts: await db.facts.toArray(), corrections: await db.corrections.toArray(), stats: await db.stats.get('collection') };
    const removed = await removeNotice(db, noticeId);
    expect([await db.notices.count(), await db.facts.count(), await db.corrections.count(), await db.annotations.count(), await db.summaries.count()]).toEqual([0, 0, 0, 0, 0]);
    expect(await restoreNotice(db, removed!)).toBe(true);
    expect(await db.facts.toArray()).toEqual(before.facts);
    expect(await db.corrections.toArray()).toEqual(before.corrections);
    expect(await db.annotations.get(noticeId)).toMatchObject({ tags: ['广东'] });
    expect((await db.summaries.get(noticeId))?.figures.find((f) => f.code === 'party_discipline')?.value).toBe(41);
    expect(await db.stats.get('collection')).toEqual(before.stats);
    expect(before.stats?.byCode.party_discipline.value).toBe(41);
  });

  it('refuses when the same notice was saved again meanwhile: nothing doubled', async () => {
    const db = freshDb();
    const { noticeId } = (await saveNotice(db, request())) as { noticeId: number };
    const removed = await removeNotice(db, noticeId);
    await saveNotice(db, request());
    expect(await restoreNotice(db, removed!)).toBe(false);
    expect([await db.notices.count(), await db.facts.count()]).toEqual([1, FACTS.length]);
  });
});

describe('corrections in the CSV exports', () => {
  it('the facts file says each fact\'s origin; the notices file counts corrected and added facts, not rejected ones', async () => {
    const db = freshDb();
    const { noticeId } = (await saveNotice(db, request())) as { noticeId: number };
    const facts = (await db.facts.where('noticeId').equals(noticeId).sortBy('start')) as StoredFact[];
    const anchor = (f: StoredFact) => ({ exact: f.quote, prefix: '', suffix: '', start: f.start, end: f.end });
    await putCorrection(db, correction({ noticeId, factId: facts[0].id, anchor: anchor(facts[0]), patch: { value: 43 } }));
    await putCorrection(db, correction({ noticeId, kind: 'rejected', factId: facts[2].id, anchor: anchor(facts[2]) }));
    const added = { ...FACTS[3], code: 'gov_dismissal' as const, label: '撤职', value: 2, quote: '撤职2人', start: 50, end: 54, headline: true };
    await putCorrection(db, correction({ noticeId, kind: 'added', fact: added, anchor: { exact: added.quote, prefix: '', suffix: '', start: 50, end: 54 } }));
    const records = await savedNoticeRecords(db);
    const factRows = Papa.parse<Record<string, string>>(factsCsv(records).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(factRows.map((r) => [r.code, r.value, r.origin])).toEqual([
      ['party_discipline', '43', 'corrected'], ['party_warning', '28', 'extracted'], ['money_refunded', '1858200', 'rejected'],
      ['gov_dismissal', '2', 'added'], ['admonishment', '3', 'extracted'],
    ]);
    const [notice] = Papa.parse<Record<string, string>>(noticesCsv(records).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect([notice.party_discipline, notice.money_refunded, notice.gov_dismissal, notice.fact_count]).toEqual(['43', '', '2', '4']);
  });
});

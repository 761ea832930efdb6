// The notice page's writes, as it makes them: corrections built by lib/db/correction-drafts.ts
// and written with putCorrection / deleteCorrection, tags and a note with setAnnotation. Each
// write refreshes the notice's summary and the totals in its transaction, and the CSV export
// reads the facts with the same corrections applied.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factsCsv, noticesCsv } from '../../lib/csv';
import { deleteCorrection, putCorrection, savedNoticeRecords, saveNotice, setAnnotation, type StoredFact } from '../../lib/db';
import { additionOf, correctionOf, rejectionOf } from '../../lib/db/correction-drafts';
import { freshDb, request } from './db-test-data';

async function seeded() {
  const db = freshDb();
  const { noticeId } = (await saveNotice(db, request())) as { noticeId: number };
  const facts = (await db.facts.where('noticeId').equals(noticeId).sortBy('start')) as StoredFact[];
  return { db, noticeId, facts };
}

const figure = async (db: Awaited<ReturnType<typeof seeded>>['db'], noticeId: number, code: string) =>
  (await db.summaries.get(noticeId))?.figures.find((f) => f.code === code)?.value;

describe('correction writes', () => {
  it('a corrected value reaches the summary and the totals; correcting again replaces the row; undo restores', async () => {
    const { db, noticeId, facts } = await seeded();
    const id = await putCorrection(db, correctionOf(noticeId, facts[0], { value: 43, unit: '人', code: 'party_discipline' })!);
    expect(await figure(db, noticeId, 'party_discipline')).toBe(43);
    expect((await db.stats.get('collection'))?.byCode.party_discipline.value).toBe(43);
    expect(await putCorrection(db, correctionOf(noticeId, facts[0], { value: 44, unit: '人', code: 'party_discipline' })!)).toBe(id);
    expect(await db.corrections.count()).toBe(1);
    expect((await db.summaries.get(noticeId))?.correctionCount).toBe(1);
    expect(await figure(db, noticeId, 'party_discipline')).toBe(44);
    await deleteCorrection(db, id);
    expect(await figure(db, noticeId, 'party_discipline')).toBe(42);
    expect((await db.summaries.get(noticeId))?.correctionCount).toBe(0);
  });

  it('a rejected fact counts nowhere, an added one counts; the CSV shows every origin', async () => {
    const { db, noticeId, facts } = await seeded();
    const before = (await db.summaries.get(noticeId))!;
    await putCorrection(db, rejectionOf(noticeId, facts[3]));
    await putCorrection(db, correctionOf(noticeId, facts[1], { value: 27, unit: '人', code: 'party_warning' })!);
    await putCorrection(db, additionOf(noticeId, { exact: '撤职2人', prefix: '', suffix: '', start: 50, end: 54 }, { code: 'gov_dismissal', value: 2, unit: '人', approx: false }));
    const after = (await db.summaries.get(noticeId))!;
    expect(after.factCount).toBe(before.factCount);
    expect(after.codes).toContain('gov_dismissal');
    expect(after.codes).not.toContain('admonishment');
    expect(after.correctionCount).toBe(3);

    const csv = Papa.parse<Record<string, string>>(factsCsv(await savedNoticeRecords(db)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => [r.code, r.value, r.origin])).toEqual([
      ['party_discipline', '42', 'extracted'],
      ['party_warning', '27', 'corrected'],
      ['money_refunded', '1858200', 'extracted'],
      ['gov_dismissal', '2', 'added'],
      ['admonishment', '3', 'rejected'],
    ]);
  });

  it('an added fact is edited in place (same row) and removed by deleting its correction', async () => {
    const { db, noticeId } = await seeded();
    const anchor = { exact: '撤职2人', prefix: '', suffix: '', start: 50, end: 54 };
    const id = await putCorrection(db, additionOf(noticeId, anchor, { code: 'gov_dismissal', value: 2, unit: '人', approx: false }));
    await putCorrection(db, { ...additionOf(noticeId, anchor, { code: 'gov_dismissal', value: 3, unit: '人', approx: false }), id });
    expect((await db.corrections.toArray()).map((c) => [c.id, c.fact?.value])).toEqual([[id, 3]]);
    await deleteCorrection(db, id);
    expect(await db.corrections.count()).toBe(0);
    expect((await db.summaries.get(noticeId))?.codes).not.toContain('gov_dismissal');
  });

  it('tags and a note reach the summary; clearing both removes the annotation', async () => {
    const { db, noticeId } = await seeded();
    await setAnnotation(db, noticeId, ['广东', '已核对', '广东'], '数字与原文一致');
    expect(await db.annotations.get(noticeId)).toMatchObject({ tags: ['广东', '已核对'], note: '数字与原文一致' });
    expect(await db.summaries.get(noticeId)).toMatchObject({ tags: ['广东', '已核对'], note: '数字与原文一致' });
    expect(await db.summaries.orderBy('tags').uniqueKeys()).toEqual(['已核对', '广东'].sort());
    // Exported: the notices file has them in its tags and note columns.
    const csvRow = () => savedNoticeRecords(db).then((r) => Papa.parse<Record<string, string>>(noticesCsv(r).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data[0]);
    expect(await csvRow()).toMatchObject({ tags: '广东; 已核对', note: '数字与原文一致' });
    await setAnnotation(db, noticeId, [], ' ');
    expect(await csvRow()).toMatchObject({ tags: '', note: '' });
    expect(await db.annotations.get(noticeId)).toBeUndefined();
    expect((await db.summaries.get(noticeId))?.tags).toEqual([]);
  });
});

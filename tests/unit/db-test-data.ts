// Requests and databases for the storage tests: a small notice shaped like the fixtures.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { textSignature } from '../../lib/identity/text-signature';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { RectifyLensDb } from '../../lib/db';
import type { Fact } from '../../lib/contract';
import type { SaveNoticeRequest } from '../../lib/messages';

let seq = 0;
/** A fresh database per test, so tests never see each other's rows. */
export function freshDb(): RectifyLensDb {
  seq += 1;
  return new RectifyLensDb(`rectify-lens-test-${process.pid}-${seq}-${Math.random().toString(36).slice(2)}`);
}

export const FACTS: Fact[] = [
  { kind: 'sanction', code: 'party_discipline', label: '党纪处分', value: 42, unit: '人', approx: false, parent: null, headline: true, quote: '给予党纪处分42人', start: 10, end: 19 },
  { kind: 'sanction', code: 'party_warning', label: '党内警告', value: 28, unit: '人', approx: false, parent: 'party_discipline', headline: true, quote: '党内警告28人', start: 20, end: 27 },
  { kind: 'money', code: 'money_refunded', label: '清退', value: 1858200, unit: '元', approx: false, parent: null, headline: true, quote: '清退款项185.82万元', start: 30, end: 42 },
  { kind: 'sanction', code: 'admonishment', label: '诫勉', value: 3, unit: '人', approx: false, parent: null, headline: false, quote: '诫勉3人', start: 90, end: 94 },
];

export function request(over: Partial<SaveNoticeRequest> = {}, facts: Fact[] = FACTS): SaveNoticeRequest {
  return {
    url: 'https://www.example.gov.cn/xszg/2025/notice.html#top',
    canonicalUrl: 'https://www.example.gov.cn/xszg/2025/notice.html',
    pageTitle: '中共某某区委关于巡视整改进展情况的通报',
    textHash: 'a'.repeat(64),
    textLength: 5000,
    extraction: {
      source: 'https://www.example.gov.cn/xszg/2025/notice.html',
      detection: { isNotice: true, score: 0.95, reasons: ['title names 巡视整改情况'] },
      notice: {
        title: '中共某某区委关于巡视整改进展情况的通报', issuer: '中共某某区委', inspectedUnit: '某某区',
        inspectionBody: '省委第八巡视组', inspectionType: '巡视', inspectionStart: '2024-03-18',
        inspectionEnd: '2024-05-20', feedbackDate: '2024-08-06', publishedDate: '2025-06-10',
      },
      facts,
      numbers: [{ value: 42, unit: '人', approx: false, quote: '42人', start: 17, end: 19 }],
      checks: [{ code: 'party_discipline', stated: 42, sumOfParts: 40, ok: false }],
    },
    selectors: facts.map((f) => ({ exact: f.quote, prefix: '在巡视整改工作中,', suffix: '(', start: f.start, end: f.end })),
    manual: false,
    ...over,
  };
}

/** A save of a real page text: its own hash and signature, facts told apart by `tag`. */
export function pageRequest(page: { url: string; canonicalUrl?: string; text: string; title: string; tag: number }): SaveNoticeRequest {
  const facts = FACTS.map((f) => ({ ...f, value: f.value === null ? null : f.value + page.tag }));
  const base = request({}, facts);
  return {
    ...base,
    url: page.url,
    canonicalUrl: page.canonicalUrl ?? page.url,
    pageTitle: page.title,
    textHash: createHash('sha256').update(page.text).digest('hex'),
    textLength: page.text.length,
    textSignature: textSignature(page.text),
    extraction: { ...base.extraction, source: page.url, notice: { ...base.extraction.notice, title: page.title } },
  };
}

/** Every row and fact of the database, to compare before and after. */
export async function snapshotDb(db: RectifyLensDb) {
  return { notices: await db.notices.orderBy('id').toArray(), facts: await db.facts.orderBy('id').toArray() };
}

/** Writes a notice the way schema v1 and v2 did (raw adds: no summaries, totals or archive). */
export async function addAsV2(db: RectifyLensDb, over: Partial<SaveNoticeRequest> = {}): Promise<number> {
  const { extraction, selectors: _s, manual: _m, ...header } = request(over);
  const { facts, ...rest } = extraction;
  const at = '2025-07-01T00:00:00.000Z';
  const id = (await db.notices.add({ ...header, ...rest, savedAt: at, updatedAt: at, factCount: facts.length })) as number;
  await db.facts.bulkAdd(facts.map((f) => ({ ...f, noticeId: id, selector: { exact: f.quote, prefix: '', suffix: '', start: f.start, end: f.end } })));
  return id;
}

/** Rows a DBCore mutation writes: its values, else its keys; a deleteRange counts as one. */
export function mutatedRows(req: DBCoreMutateRequest): number {
  return 'values' in req ? req.values.length : 'keys' in req && req.keys ? req.keys.length : 1;
}

/** Rows read (query results, gets) and written, counted below Dexie (a DBCore middleware). */
export function countRows(db: RectifyLensDb): { read: number; written: number } {
  const count = { read: 0, written: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-rows',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          // Chained with then, not awaited: an await here lets an IndexedDB transaction commit
          // before the caller's next request.
          get: (req) => t.get(req).then((r) => {
            if (r !== undefined) count.read++;
            return r;
          }),
          getMany: (req) => t.getMany(req).then((r) => {
            count.read += r.filter((x) => x !== undefined).length;
            return r;
          }),
          query: (req) => t.query(req).then((r) => {
            count.read += r.result.length;
            return r;
          }),
          mutate: (req) => {
            count.written += mutatedRows(req);
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return count;
}

// "Re-extract collection" over fake-indexeddb with a stubbed engine: facts updated only where they
// changed, corrections kept and re-pointed at their facts' new rows, progress, cancel and resume,
// and the report's new / changed / lost facts.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Extraction, Fact } from '../../lib/contract';
import { applyCorrections, archiveText, putCorrection, saveNotice, type StoredFact } from '../../lib/db';
import { describeQuote } from '../../lib/anchoring/text-quote';
import { diffFacts } from '../../lib/reextract/diff-facts';
import { reextractableCount, runReextract, type ReextractProgress } from '../../lib/reextract/run-reextract';
import { FACTS, freshDb, request } from './db-test-data';

const TEXT = '在巡视整改工作中,共给予党纪处分42人,其中党内警告28人,清退款项185.82万元。另对3名干部诫勉3人。';
const at = (f: Fact, quote: string, over: Partial<Fact> = {}): Fact => ({ ...f, quote, start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, ...over });
const OLD = [at(FACTS[0], '给予党纪处分42人'), at(FACTS[1], '党内警告28人'), at(FACTS[2], '清退款项185.82万元'), at(FACTS[3], '诫勉3人')];
/** The "new engine": f0 read as 43, f1's quote widened, f2 the same, f3 lost, one new fact. */
const NEW = [
  at(FACTS[0], '给予党纪处分42人', { value: 43 }),
  at(FACTS[1], '其中党内警告28人'),
  OLD[2],
  at(FACTS[3], '对3名干部', { value: 3 }),
];
const V2 = 'test-next';

function stubExtractor(facts: Fact[]) {
  const calls: string[] = [];
  const base = request({}, facts).extraction;
  const extractor = (text: string, source: string): Extraction => {
    calls.push(source);
    expect(text).toBe(TEXT);
    return { ...base, source, facts };
  };
  return { extractor, calls };
}

async function savedNotice(withText = true, url = 'https://www.example.gov.cn/xszg/2025/notice.html') {
  const db = freshDb();
  // Selectors as the background describes them, so an unchanged extraction writes nothing.
  const selectors = OLD.map((f) => describeQuote(TEXT, f.start, f.end));
  const saved = await saveNotice(db, request({ url, canonicalUrl: url, textLength: TEXT.length, selectors }, OLD));
  const noticeId = (saved as { noticeId: number }).noticeId;
  if (withText) await archiveText(db, noticeId, TEXT, 'a'.repeat(64));
  const facts = (await db.facts.where('noticeId').equals(noticeId).sortBy('start')) as StoredFact[];
  return { db, noticeId, facts };
}

describe('runReextract', () => {
  it('updates changed facts, keeps and re-points corrections, and reports the change', async () => {
    const { db, noticeId, facts } = await savedNotice();
    const stamp = { createdAt: '2025-07-01T00:00:00.000Z', updatedAt: '2025-07-01T00:00:00.000Z', noticeId };
    await putCorrection(db, { ...stamp, kind: 'corrected', factId: facts[0].id, anchor: facts[0].selector, patch: { value: 40 } });
    await putCorrection(db, { ...stamp, kind: 'rejected', factId: facts[1].id, anchor: facts[1].selector });
    await putCorrection(db, { ...stamp, kind: 'rejected', factId: facts[3].id, anchor: facts[3].selector });
    const { extractor } = stubExtractor(NEW);
    const seen: ReextractProgress[] = [];
    const result = await runReextract(db, { extractor, engineVersion: V2, onProgress: (p) => void seen.push(p) });

    expect(result).toMatchObject({ status: 'done', total: 1, done: 1, counts: { updated: 1 } });
    expect(seen.map((p) => [p.status, p.done])).toEqual([['running', 0], ['running', 1], ['done', 1]]);
    expect(result.entries).toEqual([expect.objectContaining({ noticeId, changed: 2, added: 1, lost: 1, orphanedCorrections: 1 })]);
    expect(result.entries[0].examples.join('\n')).toContain('− 诫勉');

    const after = (await db.facts.where('noticeId').equals(noticeId).sortBy('start')) as StoredFact[];
    expect(after.map((f) => [f.quote, f.value])).toEqual([...NEW].sort((a, b) => a.start - b.start).map((f) => [f.quote, f.value]));
    // f2 did not change: the same row, the same id.
    expect(after.find((f) => f.quote === OLD[2].quote)!.id).toBe(facts[2].id);
    const corrections = await db.corrections.toArray();
    expect(corrections).toHaveLength(3); // none lost, even the one whose fact is gone
    const shown = applyCorrections(after, corrections);
    expect(shown.filter((f) => f.origin !== 'extracted').map((f) => [f.quote, f.origin, f.value])).toEqual([
      ['给予党纪处分42人', 'corrected', 40],
      ['其中党内警告28人', 'rejected', 28],
    ]);
    expect(await db.notices.get(noticeId)).toMatchObject({ engineVersion: V2, factCount: 4 });
    expect(await db.summaries.get(noticeId)).toMatchObject({ engineVersion: V2, correctionCount: 3 });
  });

  it('writes nothing but the version when the facts did not change, and skips current notices', async () => {
    const { db, noticeId, facts } = await savedNotice();
    const { extractor, calls } = stubExtractor(OLD);
    expect(await runReextract(db, { extractor, engineVersion: V2 })).toMatchObject({ counts: { unchanged: 1 }, entries: [] });
    const after = (await db.facts.where('noticeId').equals(noticeId).sortBy('start')) as StoredFact[];
    expect(after).toEqual(facts);
    expect(await runReextract(db, { extractor, engineVersion: V2 })).toMatchObject({ status: 'done', total: 0 });
    expect(calls).toHaveLength(1);
  });

  it('leaves notices without an archived text, or no longer recognised, as they were', async () => {
    const { db, noticeId } = await savedNotice(false);
    const { extractor } = stubExtractor(NEW);
    expect(await reextractableCount(db, V2)).toBe(0);
    expect(await runReextract(db, { extractor, engineVersion: V2 })).toMatchObject({ counts: { 'no-text': 1 } });
    await archiveText(db, noticeId, TEXT, 'a'.repeat(64));
    expect(await reextractableCount(db, V2)).toBe(1);
    const notNotice = (text: string, source: string): Extraction => ({ ...extractor(text, source), detection: { isNotice: false, score: 0, reasons: [] } });
    expect(await runReextract(db, { extractor: notNotice, engineVersion: V2 })).toMatchObject({ counts: { 'not-a-notice': 1 } });
    expect(await db.facts.where('noticeId').equals(noticeId).count()).toBe(OLD.length);
  });

  it('stops when cancelled and resumes where it stopped', async () => {
    const { db } = await savedNotice();
    await saveNotice(db, request({ url: 'https://www.b.gov.cn/x', canonicalUrl: 'https://www.b.gov.cn/x', textHash: 'b'.repeat(64) }, OLD));
    for (const n of await db.notices.toArray()) await archiveText(db, n.id!, TEXT, n.textHash);
    const { extractor, calls } = stubExtractor(NEW);
    let cancel = false;
    const first = await runReextract(db, { extractor, engineVersion: V2, batchSize: 1, isCancelled: () => cancel, onProgress: (p) => void (cancel = p.done >= 1) });
    expect(first).toMatchObject({ status: 'cancelled', total: 2, done: 1 });
    const second = await runReextract(db, { extractor, engineVersion: V2 });
    expect(second).toMatchObject({ status: 'done', total: 1, done: 1 });
    expect(calls).toHaveLength(2);
  });
});

describe('diffFacts', () => {
  it.each([
    ['nothing changed', OLD, OLD, { same: 4, changed: 0, added: 0, lost: 0 }],
    ['the new engine', OLD, NEW, { same: 1, changed: 2, added: 1, lost: 1 }],
    ['all facts gone', OLD, [], { same: 0, changed: 0, added: 0, lost: 4 }],
    ['a re-coded fact', [OLD[0]], [{ ...OLD[0], code: 'party_warning' as const }], { same: 0, changed: 1, added: 0, lost: 0 }],
  ])('%s', (_, before, after, expected) => {
    const d = diffFacts(before, after);
    expect({ same: d.same, changed: d.changed.length, added: d.added.length, lost: d.lost.length }).toEqual(expected);
  });
});

// Backup version 3 (JSON Lines, streamed): round trip, corrupt files refused before any write,
// re-import writes nothing, gzip, and the version 1 and 2 files still import.
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveText, backupChunks, importBackupFile, putCorrection, readArchivedText, saveNotice, setAnnotation, type ImportProgress, type RectifyLensDb,
} from '../../lib/db';
import { countRows, freshDb, request } from './db-test-data';

const FIXTURES = path.join(__dirname, '../fixtures/backup');

async function backupText(db: RectifyLensDb, pageSize?: number): Promise<string> {
  let out = '';
  for await (const chunk of backupChunks(db, { now: new Date('2025-07-02T00:00:00Z'), pageSize })) out += chunk;
  return out;
}

const open = (text: string | Uint8Array) => () => new Blob([text as BlobPart]).stream();

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}


async function everything(db: RectifyLensDb) {
  const strip = <T extends object>(rows: T[], ...keys: string[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  return {
    notices: strip(await db.notices.orderBy('textHash').toArray(), 'id'),
    facts: strip((await db.facts.toArray()).sort((a, b) => a.quote.localeCompare(b.quote)), 'id', 'noticeId'),
    archives: strip(await db.archives.toArray(), 'noticeId'),
    annotations: strip(await db.annotations.toArray(), 'noticeId'),
    corrections: strip(await db.corrections.toArray(), 'id', 'noticeId', 'factId'),
    stats: await db.stats.toArray(),
  };
}

/** Three notices; the first with archived text, tags, a note and a correction. */
async function seeded(): Promise<RectifyLensDb> {
  const db = freshDb();
  const now = new Date('2025-07-01T00:00:00Z');
  const { noticeId } = (await saveNotice(db, request(), now)) as { noticeId: number };
  for (const [i, host] of ['b', 'c'].entries()) {
    await saveNotice(db, request({ url: `https://${host}.gov.cn/x`, canonicalUrl: `https://${host}.gov.cn/x`, textHash: String(i + 1).repeat(64) }), now);
  }
  await archiveText(db, noticeId, '整改通报全文', 'a'.repeat(64), now);
  await setAnnotation(db, noticeId, ['广东', '2025'], '已核对');
  const [first] = await db.facts.where('noticeId').equals(noticeId).sortBy('start');
  const anchor = { exact: first.quote, prefix: '', suffix: '', start: first.start, end: first.end };
  const at = '2025-07-01T00:00:00.000Z';
  await putCorrection(db, { noticeId, kind: 'corrected', factId: first.id, anchor, patch: { value: 41 }, createdAt: at, updatedAt: at });
  return db;
}

describe('backup version 3 (streamed)', () => {
  it('is a header line, one line per notice and an end line', async () => {
    const lines = (await backupText(await seeded())).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ format: 'rectify-lens-backup', version: 3, exportedAt: '2025-07-02T00:00:00.000Z', notices: 3, facts: 12 });
    expect(lines.slice(1, -1).map((l) => l.type)).toEqual(['notice', 'notice', 'notice']);
    expect(lines[1].archive).toMatchObject({ encoding: 'deflate-raw', data: expect.any(String) });
    expect(lines.at(-1)).toEqual({ type: 'end', notices: 3 });
  });

  it('writes the same file whatever the page size', async () => {
    const db = await seeded();
    expect(await backupText(db, 1)).toBe(await backupText(db, 200));
  });

  for (const [name, encode] of [['plain', (t: string) => t], ['gzip', gzip]] as const) {
    it(`round-trips everything into an empty database (${name})`, async () => {
      const source = await seeded();
      const file = await encode(await backupText(source));
      const target = freshDb();
      const progress: ImportProgress[] = [];
      const result = await importBackupFile(target, open(file), { batchSize: 2, onProgress: (p) => progress.push(p) });
      expect(result).toEqual({ status: 'imported', added: 3, updated: 0, skipped: 0 });
      expect(await everything(target)).toEqual(await everything(source));
      const [notice] = await target.notices.where('textHash').equals('a'.repeat(64)).toArray();
      expect(await readArchivedText(target, notice.id!)).toBe('整改通报全文');
      expect((await target.summaries.get(notice.id!))?.tags).toEqual(['广东', '2025']);
      // Two batches of at most two notices: one progress report each.
      expect(progress.filter((p) => p.phase === 'write')).toEqual([
        { phase: 'write', done: 0, total: 3 }, { phase: 'write', done: 2, total: 3 }, { phase: 'write', done: 3, total: 3 },
      ]);
    });
  }

  it('writes nothing when the same file is imported again', async () => {
    const text = await backupText(await seeded());
    const target = freshDb();
    const writes = countRows(target);
    expect((await importBackupFile(target, open(text))).status).toBe('imported');
    expect(writes.written).toBeGreaterThan(0);
    writes.written = 0;
    expect(await importBackupFile(target, open(text))).toEqual({ status: 'imported', added: 0, updated: 0, skipped: 3 });
    expect(writes.written).toBe(0);
  });

  it('merges like a save: an older copy is kept, a newer one updates the stored row', async () => {
    const db = await seeded();
    const lines = (await backupText(db)).trimEnd().split('\n');
    const edit = (over: (r: Record<string, unknown> & { facts: unknown[] }) => object) =>
      [lines[0], JSON.stringify(over(JSON.parse(lines[2]))), JSON.stringify({ type: 'end', notices: 1 })].join('\n') + '\n';
    const id = (await db.notices.where('textHash').equals('1'.repeat(64)).first())!.id!;
    const older = edit((r) => ({ ...r, updatedAt: '2020-01-01T00:00:00.000Z', facts: [] }));
    expect(await importBackupFile(db, open(older))).toEqual({ status: 'imported', added: 0, updated: 0, skipped: 1 });
    expect(await db.facts.where('noticeId').equals(id).count()).toBe(4);
    const sameTimeFewerFacts = edit((r) => ({ ...r, facts: r.facts.slice(0, 2) }));
    expect(await importBackupFile(db, open(sameTimeFewerFacts))).toMatchObject({ status: 'imported', updated: 1 });
    const newer = edit((r) => ({ ...r, updatedAt: '2030-01-01T00:00:00.000Z', facts: r.facts.slice(0, 1) }));
    expect(await importBackupFile(db, open(newer))).toMatchObject({ status: 'imported', updated: 1 });
    expect(await db.facts.where('noticeId').equals(id).count()).toBe(1);
    expect(await db.notices.count()).toBe(3);
    expect((await db.stats.get('collection'))?.facts).toBe(9);
  });

  const corrupt: Array<[string, (lines: string[]) => string[], RegExp]> = [
    ['a line that is not JSON', (l) => [l[0], l[1], '{"type":"notice",', ...l.slice(2)], /line 3 is not JSON/],
    ['a bad fact in the last notice', (l) => {
      const last = JSON.parse(l[l.length - 2]);
      last.facts[0].code = 'bogus';
      return [...l.slice(0, -2), JSON.stringify(last), l[l.length - 1]];
    }, /line 4 is not a valid notice \(facts\.0\.code/],
    ['a file cut short', (l) => l.slice(0, -1), /without its end line/],
    ['an end line that miscounts', (l) => [...l.slice(0, 2), l[l.length - 1]], /end line counts 3 notices, the file holds 1/],
    ['a future version', (l) => [l[0].replace('"version":3', '"version":4'), ...l.slice(1)], /not JSON/],
  ];
  for (const [name, damage, message] of corrupt) {
    it(`refuses ${name} with its line and writes nothing`, async () => {
      const lines = (await backupText(await seeded())).trimEnd().split('\n');
      const target = freshDb();
      await saveNotice(target, request({ url: 'https://z.gov.cn/', canonicalUrl: 'https://z.gov.cn/', textHash: '9'.repeat(64) }));
      const before = await everything(target);
      const writes = countRows(target);
      const result = await importBackupFile(target, open(damage(lines).join('\n') + '\n'));
      expect(result.status).toBe('error');
      expect((result as { error: string }).error).toMatch(message);
      expect((result as { error: string }).error).toMatch(/^Not imported: .*Nothing was changed\.$/);
      expect(writes.written).toBe(0);
      expect(await everything(target)).toEqual(before);
    });
  }

  it('refuses a file that is no backup without reading it whole', async () => {
    const result = await importBackupFile(freshDb(), open(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])));
    expect(result).toEqual({ status: 'error', reason: 'not-json', error: 'Not imported: the file is not JSON (is it a Rectify Lens backup?). Nothing was changed.' });
  });

  it('refuses a damaged gzip file', async () => {
    const bytes = await gzip(await backupText(await seeded()));
    const result = await importBackupFile(freshDb(), open(bytes.slice(0, bytes.length / 2)));
    expect(result).toMatchObject({ status: 'error', error: expect.stringMatching(/^Not imported: .*Nothing was changed\.$/) });
  });
});

describe('older backup files', () => {
  for (const [file, added] of [['v1.json', 2], ['v2.json', 2]] as const) {
    it(`still imports ${file}`, async () => {
      const db = freshDb();
      const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      expect(await importBackupFile(db, open(text))).toEqual({ status: 'imported', added, updated: 0, skipped: 0 });
      expect(await db.facts.count()).toBe(8);
      expect(await db.summaries.count()).toBe(2);
    });
  }

  it('carries version 2 archived texts, tags and corrections', async () => {
    const db = freshDb();
    await importBackupFile(db, open(fs.readFileSync(path.join(FIXTURES, 'v2.json'), 'utf8')));
    const [notice] = await db.notices.where('textHash').equals('a'.repeat(64)).toArray();
    expect(await readArchivedText(db, notice.id!)).toBe('整改通报全文');
    expect(await db.annotations.get(notice.id!)).toMatchObject({ tags: ['广东', '2025'], note: '已核对' });
    expect(await db.corrections.count()).toBe(1);
  });
});

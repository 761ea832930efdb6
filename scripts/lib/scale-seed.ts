// A collection of N notices for scripts/bench-scale.ts, made by the app's own code: the real
// extractor (lib/extract) runs over `pool` variants of the fixture notices (each of the three
// long fixtures with its figures altered, followed by a few of the real short notices, ~50 facts
// in all), and every notice is saved by lib/db saveNotice and archived by archiveText inside the
// extension's service worker (its debugging handle, entrypoints/background/debug-handle.ts). The
// N notices cycle through the pool, each with its own URL and text (a marker line appended after
// the figures, so the pool's extraction holds for it): extracting 10,000 texts would take the
// bench longer than everything it measures.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { describeQuote } from '../../lib/anchoring/text-quote';
import { extract } from '../../lib/extract';
import { textSignature } from '../../lib/identity/text-signature';
import type { SaveNoticeRequest } from '../../lib/messages';
import { fixturesDir } from './paths';

export interface PoolNotice {
  text: string;
  request: SaveNoticeRequest;
}

const UNIT_AFTER = /(\d+)(?=(人|名|个|件|起|项|条|家|次|万元|元))/g;

function readTexts(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export function makePool(size: number): PoolNotice[] {
  const long = readTexts(fixturesDir, /^\d{3}_.*\.txt$/);
  const short = readTexts(path.join(fixturesDir, 'real'), /^r.*\.txt$/).filter((t) => extract(t).detection.isNotice);
  if (!long.length) throw new Error(`No fixtures in ${fixturesDir}`);
  const pool: PoolNotice[] = [];
  for (let j = 0; j < size; j++) {
    const bump = 1 + Math.floor(j / long.length);
    const base = long[j % long.length].replace(UNIT_AFTER, (n) => String(Number(n) + bump));
    const extra = short.length ? Array.from({ length: 8 }, (_, k) => short[(j * 8 + k) % short.length]) : [];
    const text = [base, ...extra].join('\n\n');
    const url = `https://pool${j}.gov.cn/xszg/notice.html`;
    const extraction = extract(text, { source: url });
    pool.push({
      text,
      request: {
        url, canonicalUrl: url, pageTitle: extraction.notice.title ?? `通报 ${j}`,
        textHash: '0'.repeat(64), textLength: text.length, textSignature: textSignature(text),
        extraction, selectors: extraction.facts.map((f) => describeQuote(text, f.start, f.end)), manual: false,
      },
    });
  }
  return pool;
}

/** Base-26 letters: a marker with no digit in it, so it adds no number mention. */
function marker(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return `\n\n附:${s}`;
}

interface SeedItem { k: number; url: string; textHash: string; tail: string; savedAt: string }

type WorkerHandle = { rectifyLens: {
  saveNotice(r: SaveNoticeRequest, now?: string): Promise<{ status: string; noticeId?: number; error?: string }>;
  archiveText(id: number, text: string, hash: string): Promise<boolean>;
} } & { __pool?: PoolNotice[] };

/** Saves notices `from`..`to`-1 through the worker; returns how many were saved. */
export async function seed(worker: Worker, pool: PoolNotice[], from: number, to: number, onBatch?: (done: number) => void): Promise<number> {
  await worker.evaluate((p) => { (globalThis as unknown as WorkerHandle).__pool = p; }, pool);
  const BATCH = 250;
  let saved = 0;
  for (let i = from; i < to; i += BATCH) {
    const items: SeedItem[] = [];
    for (let n = i; n < Math.min(to, i + BATCH); n++) {
      const k = n % pool.length;
      const tail = marker(n);
      const textHash = createHash('sha256').update(pool[k].text + tail).digest('hex');
      items.push({ k, url: `https://n${n}.bench${n % 97}.gov.cn/xszg/${n}.html`, textHash, tail, savedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toISOString() });
    }
    saved += await worker.evaluate(async (batch) => {
      const g = globalThis as unknown as WorkerHandle;
      let ok = 0;
      for (const it of batch) {
        const base = g.__pool![it.k];
        const text = base.text + it.tail;
        const request = { ...base.request, url: it.url, canonicalUrl: it.url, textHash: it.textHash, textLength: text.length };
        const result = await g.rectifyLens.saveNotice(request, it.savedAt);
        if (result.status !== 'saved') throw new Error(`seed: ${JSON.stringify(result)}`);
        await g.rectifyLens.archiveText(result.noticeId!, text, it.textHash);
        ok++;
      }
      return ok;
    }, items);
    onBatch?.(saved);
  }
  return saved;
}

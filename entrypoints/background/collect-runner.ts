// Collecting a list page: one URL at a time at a polite interval, each outcome recorded in the
// database (lib/collect/run-store.ts), so a worker that stops mid-run resumes where it was. The
// next list pages (下一页) are read when the queue runs dry. Only the run's own origin is ever
// requested (collect-page.ts checks each URL before its fetch).
import type { AnalysePageRequest, AnalysePageResult } from '@/lib/messages';
import type { RectifyLensDb } from '@/lib/db';
import { MAX_ATTEMPTS, MAX_LIST_PAGES, itemResult, type FetchOutcome } from '@/lib/collect/queue-state';
import { addItems, changeRun, claimNext, finishItem, getRun, requeueInterrupted, runningRunIds, updateRun, type StoredItem, type StoredRun } from '@/lib/collect/run-store';
import { listLinksOf } from '../content/list-links';
import { fetchPage, parseDocument, readPage } from './collect-page';

export interface RunnerDeps {
  db: RectifyLensDb;
  /** The content script's save path (analyse-page.ts analyseAndSave). */
  analyse: (request: AnalysePageRequest) => Promise<AnalysePageResult>;
  intervalMs: () => Promise<number>;
  timeoutMs: () => Promise<number>;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Starts whatever keeps the worker alive while a run fetches; returns its stop. */
  keepAlive?: () => () => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class CollectRunner {
  private readonly loops = new Map<number, Promise<void>>();
  private lastRequestAt = 0;
  private turns: Promise<void> = Promise.resolve();

  constructor(private readonly deps: RunnerDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Runs the run's loop unless it already runs in this worker. */
  ensure(runId: number): Promise<void> {
    let loop = this.loops.get(runId);
    if (!loop) {
      loop = this.loop(runId)
        .catch((err: unknown) => console.warn('Rectify Lens: collection stopped', err))
        .finally(() => this.loops.delete(runId));
      this.loops.set(runId, loop);
    }
    return loop;
  }

  /** On worker start (or any wake-up): runs left 'running' continue, their half-fetched items queued again. */
  async resumeAll(): Promise<void> {
    for (const runId of await runningRunIds(this.deps.db)) {
      if (this.loops.has(runId)) continue;
      await requeueInterrupted(this.deps.db, runId);
      void this.ensure(runId);
    }
  }

  /** Waits its turn: one request per interval across every run of this worker. */
  private polite(): Promise<void> {
    const turn = this.turns.then(async () => {
      const interval = Math.max(0, await this.deps.intervalMs());
      const wait = this.lastRequestAt + interval - Date.now();
      if (wait > 0) await sleep(wait);
      this.lastRequestAt = Date.now();
    });
    this.turns = turn.catch(() => undefined);
    return turn;
  }

  private async stillRunning(runId: number): Promise<StoredRun | null> {
    const run = await getRun(this.deps.db, runId);
    return run?.status === 'running' ? run : null;
  }

  private async loop(runId: number): Promise<void> {
    const { db } = this.deps;
    const stopKeepAlive = this.deps.keepAlive?.();
    try {
      for (;;) {
        if (!(await this.stillRunning(runId))) return;
        const item = await claimNext(db, runId);
        if (!item) {
          if (await this.readNextList(runId)) continue;
          await changeRun(db, runId, 'finish', this.now());
          return;
        }
        const run = await this.stillRunning(runId);
        if (!run) {
          await requeueInterrupted(db, runId);
          return;
        }
        const outcome = item.attempts > MAX_ATTEMPTS ? { kind: 'too-many-attempts' as const } : await this.collectSafely(run, item);
        if (!outcome) {
          // Paused or cancelled while waiting its turn: the item was never requested.
          await requeueInterrupted(db, runId);
          return;
        }
        await finishItem(db, item.id, itemResult(outcome), this.now());
      }
    } finally {
      stopKeepAlive?.();
    }
  }

  /** One page's failure (a parser or extractor error) is its outcome, not the run's end. */
  private async collectSafely(run: StoredRun, item: StoredItem): Promise<FetchOutcome | null> {
    try {
      return await this.collect(run, item);
    } catch (error) {
      return { kind: 'save-error', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private async collect(run: StoredRun, item: StoredItem): Promise<FetchOutcome | null> {
    const { db } = this.deps;
    // Saved before (by this URL): no request at all.
    const known = (await db.notices.where('url').equals(item.url).first()) ?? (await db.notices.where('canonicalUrl').equals(item.url).first());
    if (known) return { kind: 'already-saved', noticeId: known.id };
    await this.polite();
    if (!(await this.stillRunning(run.id))) return null;
    const fetched = await fetchPage(item.url, { origin: run.origin, timeoutMs: await this.deps.timeoutMs(), fetch: this.deps.fetch });
    if (!fetched.ok) return fetched.outcome;
    const page = readPage(parseDocument(fetched.html), item.url);
    const result = await this.deps.analyse({ url: item.url, canonicalUrl: page.canonicalUrl, pageTitle: page.pageTitle, text: page.text, save: 'manual' });
    if (!result.extraction.detection.isNotice || !result.saved) return { kind: 'not-a-notice' };
    const saved = result.saved;
    if (saved.status === 'saved') return { kind: 'saved', noticeId: saved.noticeId };
    if (saved.status === 'updated') return { kind: 'updated', noticeId: saved.noticeId, unchanged: saved.unchanged };
    return { kind: 'save-error', detail: saved.status === 'error' ? saved.error : saved.status };
  }

  /** Reads the run's next list page into its queue; false when there is none to read. */
  private async readNextList(runId: number): Promise<boolean> {
    const run = await this.stillRunning(runId);
    const next = run?.nextPage;
    if (!run || !run.followNext || !next) return false;
    if (run.listPages.length >= MAX_LIST_PAGES || run.listPages.includes(next)) {
      await updateRun(this.deps.db, runId, { nextPage: null }, this.now());
      return false;
    }
    await this.polite();
    const fetched = await fetchPage(next, { origin: run.origin, timeoutMs: await this.deps.timeoutMs(), fetch: this.deps.fetch });
    if (!fetched.ok) {
      await updateRun(this.deps.db, runId, { nextPage: null, listError: `${next} ${itemResult(fetched.outcome).reason ?? ''}` }, this.now());
      return false;
    }
    const found = listLinksOf(parseDocument(fetched.html), next);
    await addItems(this.deps.db, runId, found.items.filter((l) => l.url !== run.listUrl && !run.listPages.includes(l.url)));
    const listPages = [...run.listPages, next];
    const following = found.next && !listPages.includes(found.next) ? found.next : null;
    await updateRun(this.deps.db, runId, { listPages, nextPage: following }, this.now());
    return true;
  }
}

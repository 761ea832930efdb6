// The background's "Re-extract collection" job: one run at a time, the current engine over every
// archived text (lib/reextract/run-reextract.ts), progress and the last report kept in
// storage.local so the dashboard shows them after a reload and the worker's restart. A worker
// stopped mid-run leaves a 'running' record behind; the next start resumes by engine version.
import { looksEnglish, type Nlp } from '@/lib/english/extract-english';
import { extract } from '@/lib/extract';
import { isOwnExtensionPage, type ReextractProgress, type SenderLike } from '@/lib/messages';
import { REEXTRACT_PROGRESS_KEY, runReextract } from '@/lib/reextract/run-reextract';
import type { Extractor } from '@/lib/reextract/reextract-notice';
import type { HandlerContext } from './handler-context';

export interface ReextractContext extends HandlerContext {
  nlp: Nlp;
}

export function engineExtractor(nlp: Nlp): Extractor {
  return (text, source) => extract(text, { source, nlp: looksEnglish(text) ? nlp : undefined });
}

export class ReextractJob {
  private running: Promise<ReextractProgress> | null = null;
  private cancelled = false;
  private latest: ReextractProgress | null = null;

  constructor(private readonly ctx: ReextractContext) {}

  private check(sender: SenderLike | undefined): void {
    if (!isOwnExtensionPage(sender, this.ctx.runtimeId, this.ctx.extensionBaseUrl)) {
      throw new Error('Rejected: only Rectify Lens pages may re-extract the collection.');
    }
  }

  /** Starts a run unless one is under way; answers with the progress so far. */
  async start(sender: SenderLike | undefined): Promise<ReextractProgress> {
    this.check(sender);
    if (!this.running) {
      this.cancelled = false;
      let first!: (p: ReextractProgress) => void;
      const started = new Promise<ReextractProgress>((resolve) => (first = resolve));
      this.running = runReextract(this.ctx.db, {
        extractor: engineExtractor(this.ctx.nlp),
        isCancelled: () => this.cancelled,
        // A timer between batches lets the worker answer other messages (a page's analysis).
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        now: () => this.ctx.now?.() ?? new Date(),
        onProgress: async (progress) => {
          this.latest = progress;
          first(progress);
          // Kept for the dashboard; a failed write loses a progress line, never the run.
          await browser.storage.local.set({ [REEXTRACT_PROGRESS_KEY]: progress }).catch((err: unknown) => console.warn('Rectify Lens: progress not stored', err));
        },
      }).finally(() => {
        this.running = null;
      });
      return started;
    }
    return this.latest ?? (await this.progress(sender))!;
  }

  async cancel(sender: SenderLike | undefined): Promise<ReextractProgress | null> {
    this.check(sender);
    if (!this.running) return this.progress(sender);
    this.cancelled = true;
    return this.running;
  }

  async progress(sender: SenderLike | undefined): Promise<ReextractProgress | null> {
    this.check(sender);
    if (this.latest) return this.latest;
    const stored = (await browser.storage.local.get(REEXTRACT_PROGRESS_KEY))[REEXTRACT_PROGRESS_KEY] as ReextractProgress | undefined;
    // 'running' from a worker that was stopped: nothing runs now.
    return stored ? (stored.status === 'running' ? { ...stored, status: 'cancelled' } : stored) : null;
  }
}

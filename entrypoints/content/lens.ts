// One frame's lens: flatten → extract → highlight → badge → save, re-run when the page
// changes. Everything it starts is tied to `ctx`; a re-run replaces what the last one drew.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Extraction, Fact } from '../../lib/contract';
import { liveRange, type Segment } from '../../lib/dom/offsets-to-range';
import { sendMessage, type PageState, type SaveNoticeResult } from '../../lib/messages';
import { factCardModel } from './fact-card-model';
import { flattenPage } from './flatten-page';
import { clearHighlights, installHighlightStyles, resolveRanges, showHighlights, type Resolved } from './highlights';
import { attachHover } from './hover';
import { createLensUi, type LensUi, type SaveStatus } from './lens-ui';
import { pageUrl } from './page-info';
import { saveRequest } from './save-request';
import { sha256Hex } from './sha256';
import { mark, measure } from './timing';
import { watchMutations } from './watch-mutations';
import { pauser, type Pauser } from './yield';

export const log = (...args: unknown[]) => console.warn('[Rectify Lens]', ...args);

interface Snapshot {
  text: string;
  segments: Segment<Text>[];
  extraction: Extraction;
  resolved: Resolved;
  /** Fact indices ordered by position, and the facts in that order. */
  order: number[];
  sorted: Fact[];
  textHash: string;
  /** Whether the page is in traditional characters (decided by the background). */
  traditional: boolean;
}

export class Lens {
  private readonly doc: Document;
  private readonly pause: Pauser;
  private snap: Snapshot | null = null;
  private lastText: string | null = null;
  private ui: LensUi | null = null;
  private removeStyles: (() => void) | null = null;
  private highlightsOn = true;
  private save: SaveStatus = 'idle';
  private saveError: string | undefined;
  private saved: SaveNoticeResult | null = null;
  private cursor = -1;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.doc = document;
    this.pause = pauser(ctx);
    ctx.onInvalidated(() => this.teardown());
  }

  start(): void {
    attachHover(this.ctx, this.doc, {
      active: () => (this.snap && this.highlightsOn ? this.snap : null),
      isOurs: (node) => !!this.ui?.host.contains(node),
      show: (sortedIndex, rect) => this.showCard(sortedIndex, rect),
      hide: () => this.ui?.hideCard(),
    });
    watchMutations(this.ctx, this.doc, (node) => !!this.ui?.host.contains(node) || node === this.ui?.host, () => this.run());
    void this.run();
  }

  hasNotice(): boolean {
    return this.snap !== null;
  }

  pageState(): PageState {
    return {
      url: pageUrl(this.doc),
      pageTitle: this.doc.title,
      extraction: this.snap?.extraction ?? null,
      saved: this.saved,
      highlightsOn: this.highlightsOn,
    };
  }

  setHighlights(on: boolean): boolean {
    this.highlightsOn = on;
    showHighlights(this.snap?.resolved ?? null, on);
    if (!on) this.ui?.hideCard();
    this.render();
    return on;
  }

  /** Resolves when the analysis under way (if any) has finished. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Flatten, extract and draw; serialised (a change during a run triggers one more run). */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runOnce();
        } while (this.again && !this.ctx.isInvalid);
      } catch (error) {
        log('analysis failed', error);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.ctx.isInvalid || !this.doc.body) return;
    mark('rl:start');
    const t0 = performance.now();
    const paused0 = this.pause.pausedMs;
    const { text, segments } = await flattenPage(this.doc, this.pause);
    measure('rl:flatten', t0);
    if (text === this.lastText) return; // the change did not touch the text
    this.lastText = text;
    const t1 = performance.now();
    // Extracted by the background: the page's main thread only waits (idle) for the reply.
    const { extraction, traditional } = await sendMessage('extractPage', { text, source: pageUrl(this.doc) });
    measure('rl:extract', t1);
    const waited = performance.now() - t1;
    if (this.ctx.isInvalid || text !== this.lastText) return; // a newer run owns the page now
    if (!extraction.detection.isNotice) {
      // Not (or no longer) a notice: nothing on the page.
      this.snap = null;
      clearHighlights();
      this.ui?.destroy();
      this.ui = null;
      measure('rl:total', t0);
      measure('rl:busy', t0, t0 + (performance.now() - t0) - (this.pause.pausedMs - paused0) - waited);
      return;
    }
    const t2 = performance.now();
    const resolved = await resolveRanges(segments, extraction, this.pause);
    const order = extraction.facts.map((_, i) => i).sort((a, b) => extraction.facts[a].start - extraction.facts[b].start);
    this.snap = { text, segments, extraction, resolved, order, sorted: order.map((i) => extraction.facts[i]), textHash: '', traditional };
    this.cursor = -1;
    this.removeStyles ??= installHighlightStyles(this.doc);
    showHighlights(resolved, this.highlightsOn);
    this.ensureUi();
    this.render();
    measure('rl:highlight', t2);
    measure('rl:total', t0);
    // Main-thread work of this run: wall time minus the time yielded to the page and the
    // time spent waiting for the background's extraction.
    measure('rl:busy', t0, t0 + (performance.now() - t0) - (this.pause.pausedMs - paused0) - waited);
    const snap = this.snap;
    snap.textHash = await sha256Hex(text, this.pause);
    if (this.snap === snap) await this.saveSnapshot(snap, false);
  }

  async saveNow(): Promise<SaveNoticeResult> {
    const snap = this.snap;
    if (!snap) return { status: 'error', error: 'No rectification notice was recognised on this page.' };
    if (!snap.textHash) snap.textHash = await sha256Hex(snap.text, this.pause);
    return this.saveSnapshot(snap, true);
  }

  private async saveSnapshot(snap: Snapshot, manual: boolean): Promise<SaveNoticeResult> {
    const request = saveRequest(this.doc, snap, manual);
    this.save = 'saving';
    this.render();
    let result: SaveNoticeResult;
    try {
      result = await sendMessage('saveNotice', request);
    } catch (error) {
      result = { status: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    if (this.ctx.isInvalid) return result;
    this.saved = result;
    this.save = result.status;
    this.saveError = result.status === 'error' ? result.error : undefined;
    if (result.status === 'error') log('save failed:', result.error);
    this.render();
    return result;
  }

  private ensureUi(): void {
    if (this.ui && this.ui.host.isConnected) return;
    this.ui?.destroy();
    this.ui = createLensUi(this.doc, {
      onToggleHighlights: () => this.setHighlights(!this.highlightsOn),
      onStep: (delta) => this.step(delta),
    });
  }

  private render(): void {
    if (!this.ui || !this.snap) return;
    this.ui.update({
      facts: this.snap.extraction.facts.length,
      numbers: this.snap.extraction.numbers.length,
      save: this.save,
      error: this.saveError,
      highlightsOn: this.highlightsOn,
    });
  }

  /** Previous/next fact: scroll it into view, select it, show its card. */
  private step(delta: 1 | -1): void {
    const snap = this.snap;
    if (!snap || !snap.sorted.length) return;
    const n = snap.sorted.length;
    for (let tries = 0; tries < n; tries++) {
      this.cursor = this.cursor < 0 ? (delta > 0 ? 0 : n - 1) : (this.cursor + delta + n) % n;
      const stored = snap.resolved.factRanges[snap.order[this.cursor]];
      const range = stored && liveRange(stored);
      if (!range) continue;
      const target = range.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      const selection = this.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.showCard(this.cursor, range.getBoundingClientRect());
      return;
    }
  }

  private showCard(sortedIndex: number, rect: DOMRect): void {
    const snap = this.snap;
    if (!snap || !this.ui) return;
    this.ui.showCard(factCardModel(snap.sorted[sortedIndex], snap.extraction.checks, snap.traditional), rect);
  }

  private teardown(): void {
    this.snap = null;
    try {
      clearHighlights();
      this.ui?.destroy();
      this.removeStyles?.();
    } catch {
      /* the page may be unloading */
    }
    this.ui = null;
    this.removeStyles = null;
  }
}

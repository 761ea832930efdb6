// One frame's lens: flatten → analyse (the background extracts and saves) → highlight →
// badge, re-run when the page changes. Everything it starts is tied to `ctx`; a re-run
// replaces what the last one drew.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articleContainer, textWithin } from '../../lib/dom/article-scope';
import type { Segment } from '../../lib/dom/offsets-to-range';
import { i18n } from '#i18n';
import type { AnalysePageRequest, AnalysePageResult, PageState, SavedFactRef, SaveNoticeResult } from '../../lib/messages';
import { factCardModel } from './fact-card-model';
import { flattenPage } from './flatten-page';
import { windowHighlight } from './highlight-window';
import { clearHighlights, showHighlights, windowed, type Resolved } from './highlights';
import { attachHover } from './hover';
import { createLensUi, type LensUi, type SaveStatus } from './lens-ui';
import { canonicalUrl, pageUrl } from './page-info';
import { analyseText } from './send-text';
import { serialised, type Serialised } from './serialised';
import { buildSnapshot, stepToFact, type Snapshot } from './snapshot';
import { mark, measure } from './timing';
import { watchMutations } from './watch-mutations';
import { withRetry, type Attempt } from './retry';
import { clearSavedFacts, showSavedFacts } from './saved-facts';
import { pauser, type Pauser } from './yield';

export const log = (...args: unknown[]) => console.warn('[Rectify Lens]', ...args);

export class Lens {
  private readonly doc: Document;
  private readonly pause: Pauser;
  private snap: Snapshot | null = null;
  /** The text last analysed with a reply (a text is handled only once its reply came). */
  private lastText: string | null = null;
  /** The notice's article and its text when last analysed: changes elsewhere are ignored. */
  private article: Element | null = null;
  private articleText: string | null = null;
  /** While a send is being retried: which try failed, of how many, and why. */
  private retrying: PageState['retrying'] = undefined;
  private ui: LensUi | null = null;
  /** Stops the viewport windows of a huge page's highlights (see highlight-window.ts). */
  private stopWindows: (() => void)[] = [];
  private highlightsOn = true;
  private save: SaveStatus = 'idle';
  private saveError: string | undefined;
  private saved: SaveNoticeResult | null = null;
  private cursor = -1;
  private readonly runs: Serialised;
  /** Numbers each analyse request; a reply that is not the latest one's is dropped. */
  private seq = 0;
  /** Issue 9: saved facts of an earlier visit not found in this text, and how to redraw the found
   *  ones; a fact "Show on page" could not find. */
  private missing: SavedFactRef[] = [];
  private redrawSaved: (() => void) | null = null;
  private revealMissing: string | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.doc = document;
    this.pause = pauser(ctx);
    // After an extension reload the background is gone for this copy: stop quietly.
    this.runs = serialised(() => this.runOnce(), () => ctx.isInvalid, (error) => ctx.isInvalid || log('analysis failed', error));
    ctx.onInvalidated(() => this.teardown());
  }

  start(): void {
    attachHover(this.ctx, this.doc, {
      active: () => (this.snap && this.highlightsOn ? this.snap : null),
      isOurs: (node) => !!this.ui?.host.contains(node),
      show: (sortedIndex, rect) => this.showCard(sortedIndex, rect),
      hide: () => this.ui?.hideCard(),
    });
    watchMutations(
      this.ctx,
      this.doc,
      (node) => !!this.ui?.host.contains(node) || node === this.ui?.host,
      () => this.article,
      () => this.run(),
    );
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
      retrying: this.retrying,
    };
  }

  setHighlights(on: boolean): boolean {
    this.highlightsOn = on;
    showHighlights(this.snap?.resolved ?? null, on);
    if (on) this.redrawSaved?.();
    else clearSavedFacts();
    if (!on) this.ui?.hideCard();
    this.render();
    return on;
  }

  /** Resolves when the analysis under way (if any) has finished. */
  settled(): Promise<void> {
    return this.runs.settled();
  }

  /** Flatten, analyse and draw; serialised (a change during a run triggers one more run). */
  run(): Promise<void> {
    return this.runs.run();
  }

  private async runOnce(): Promise<void> {
    if (this.ctx.isInvalid || !this.doc.body) return;
    mark('rl:start');
    const t0 = performance.now();
    const paused0 = this.pause.pausedMs;
    const { text, segments } = await flattenPage(this.doc, this.pause);
    measure('rl:flatten', t0);
    if (text === this.lastText) return; // the change did not touch the text
    // A notice on the page: only its article's text counts (a clock in the header is no change).
    if (this.article?.isConnected && textWithin(text, segments, this.article) === this.articleText) return;
    const seq = ++this.seq;
    const t1 = performance.now();
    // Analysed by the background: the page's main thread only waits (idle) for the reply.
    let drawn: AnalysePageResult | null = null;
    const stale = () => this.ctx.isInvalid || seq !== this.seq;
    const outcome = await withRetry<AnalysePageResult>(
      async () => {
        mark('rl:send');
        const reply = await this.analyse(text, 'auto');
        if (stale()) return { ok: true, value: reply };
        if (!drawn) {
          drawn = reply;
          await this.draw(text, segments, reply, seq);
        } else this.setSaved(reply.saved);
        // A notice whose save failed (the database busy, the worker stopped while writing) is
        // sent again too: saving is idempotent, the background updates the same row.
        const saved = reply.saved;
        return saved?.status === 'error' ? { ok: false, error: saved.error, value: reply } : { ok: true, value: reply };
      },
      {
        wait: (ms) => new Promise<void>((resolve) => this.ctx.setTimeout(resolve, ms)),
        stop: stale,
        onRetry: (attempt, of, error) => {
          log(`not saved (try ${attempt} of ${of}), retrying:`, error);
          this.retrying = { attempt, of, error };
          this.render();
        },
      },
    );
    this.retrying = undefined;
    const waited = performance.now() - t1;
    measure('rl:wait', t1);
    if (stale()) return; // a newer run owns the page now
    this.finish(text, segments, outcome);
    this.render();
    measure('rl:total', t0);
    // Main-thread work of this run: wall time minus the time yielded to the page and the
    // time spent waiting for the background (on a big page that wait also holds the sending
    // of the text's parts, one task each; the bench's trace counts those).
    measure('rl:busy', t0, t0 + (performance.now() - t0) - (this.pause.pausedMs - paused0) - waited);
  }

  /** After the last try: a reply marks the text handled; a failure keeps it unhandled (the next
   *  change or a reload tries again) and says why on the badge and in the popup. */
  private finish(text: string, segments: Segment<Text>[], outcome: Attempt<AnalysePageResult>): void {
    const reply = outcome.value;
    if (!outcome.ok) {
      log('analysis failed:', outcome.error);
      this.setSaved({ status: 'error', error: outcome.error });
    }
    if (!reply) return;
    this.lastText = text;
    if (reply.extraction.detection.isNotice && this.snap) {
      this.article = articleContainer(segments, reply.extraction.facts);
      this.articleText = this.article ? textWithin(text, segments, this.article) : null;
    } else {
      this.article = null;
      this.articleText = null;
    }
  }

  /** On a huge page, only the ranges near the viewport are registered, moving with it. */
  private windowHighlights(resolved: Resolved | null): void {
    this.stopWindows.forEach((stop) => stop());
    this.stopWindows = [];
    const view = this.doc.defaultView;
    if (!view || !resolved) return;
    for (const [set, list] of [[resolved.numbers, resolved.numberList], [resolved.facts, resolved.factList]] as const) {
      if (set && windowed(list)) this.stopWindows.push(windowHighlight(this.ctx, view, set, list));
    }
  }

  /** Draws a reply: highlights and badge for a notice, nothing for anything else. */
  private async draw(text: string, segments: Segment<Text>[], reply: AnalysePageResult, seq: number): Promise<void> {
    if (!reply.extraction.detection.isNotice) {
      // Not (or no longer) a notice: nothing on the page.
      this.snap = null;
      this.saved = null;
      clearHighlights();
      clearSavedFacts();
      this.windowHighlights(null);
      this.ui?.destroy();
      this.ui = null;
      return;
    }
    const t2 = performance.now();
    const snap = await buildSnapshot(text, segments, reply, this.pause);
    if (this.ctx.isInvalid || seq !== this.seq) return;
    this.snap = snap;
    this.cursor = -1;
    this.setSaved(reply.saved);
    this.windowHighlights(snap.resolved);
    showHighlights(snap.resolved, this.highlightsOn);
    const savedFacts = reply.savedFacts;
    if (savedFacts) {
      // An earlier visit's facts, found again by their selectors (a later reply without them
      // means this text is now the one saved; what was missing stays listed).
      this.redrawSaved = () => void showSavedFacts(text, segments, savedFacts, snap.extraction.facts);
      this.missing = showSavedFacts(text, segments, savedFacts, snap.extraction.facts).missing;
      if (!this.highlightsOn) clearSavedFacts();
    }
    this.ensureUi();
    this.render();
    measure('rl:highlight', t2);
  }

  private analyse(text: string, save: AnalysePageRequest['save']): Promise<AnalysePageResult> {
    return analyseText({ url: pageUrl(this.doc), canonicalUrl: canonicalUrl(this.doc), pageTitle: this.doc.title, text, save });
  }

  /** The popup's Save: the background analyses the same text again and saves it regardless of
   *  the auto-save setting (it keeps no state between messages: a worker may be stopped). */
  async saveNow(): Promise<SaveNoticeResult> {
    const snap = this.snap;
    if (!snap) return { status: 'error', error: 'No rectification notice was recognised on this page.' };
    this.save = 'saving';
    this.render();
    let result: SaveNoticeResult;
    try {
      result = (await this.analyse(snap.text, 'manual')).saved ?? { status: 'error', error: 'The page is no longer a rectification notice.' };
    } catch (error) {
      result = { status: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    if (!this.ctx.isInvalid) this.setSaved(result);
    return result;
  }

  private setSaved(result: SaveNoticeResult | null): void {
    this.saved = result;
    this.save = result?.status ?? 'idle';
    this.saveError = result?.status === 'error' ? result.error : undefined;
    if (result?.status === 'error') log('save failed:', result.error);
    this.render();
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
      numbers: this.snap.numberCount,
      save: this.retrying ? 'retrying' : this.save,
      error: this.saveError,
      retry: this.retrying,
      highlightsOn: this.highlightsOn,
    });
    const quotes = this.missing.map((f) => i18n.t('anchoring.missingItem', [f.label, f.selector.exact]));
    if (this.revealMissing && !quotes.includes(this.revealMissing)) quotes.push(this.revealMissing);
    const title = this.missing.length
      ? i18n.t('anchoring.savedMissing', [String(this.missing.length)])
      : this.revealMissing ? i18n.t('anchoring.revealNotFound') : '';
    this.ui.showMissing(title, quotes);
  }

  /** "Show on page" could not find a fact here: the badge says so. */
  notFound(label: string, quote: string): void {
    this.revealMissing = i18n.t('anchoring.missingItem', [label, quote]);
    this.render();
  }

  /** Previous/next fact: scroll it into view, select it, show its card. */
  private step(delta: 1 | -1): void {
    const found = this.snap && stepToFact(this.doc, this.snap, this.cursor, delta);
    if (!found) return;
    this.cursor = found.cursor;
    this.showCard(found.cursor, found.rect);
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
      clearSavedFacts();
      this.ui?.destroy();
    } catch {
      /* the page may be unloading */
    }
    this.ui = null;
  }
}

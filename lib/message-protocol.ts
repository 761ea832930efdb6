// The typed messenger (who sends what to whom). Types only from ./messages: this module must
// stay free of zod, because content scripts load it on every page and zod's schemas cost tens
// of ms to build there. Receivers still validate with the schemas in ./messages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  AnalysePageRequest, AnalysePageResult, CollectControlRequest, CollectStartRequest, ListLinks, NoticeChange, PageState, PageTextPart,
  ReextractProgress, RevealFactRequest, RevealFactResult, SaveNoticeResult, ShowFactRequest, ShowFactResult,
} from './messages';
import type { SiteStatus } from './sites';

/** Characters per message: Chrome serialises a message in one task on the page's main thread
 *  (~90 ms for 5 MB), so a big text goes over in parts, each serialised in its own task. */
export const PAGE_TEXT_PART = 256 * 1024;

interface ProtocolMap {
  /** content → background */
  pageTextPart(part: PageTextPart): void;
  analysePage(request: AnalysePageRequest): AnalysePageResult;
  /** popup → background */
  removeNotice(noticeId: number): void;
  /** settings page → background: register the stored sites' content scripts; their status. */
  syncSites(): SiteStatus[];
  /** popup → content (tabs.sendMessage to the tab's top frame) */
  getPageState(): PageState | null;
  saveNow(): SaveNoticeResult;
  setHighlights(on: boolean): boolean;
  /** dashboard → background (issue 9): show a saved fact on its page; re-extract the collection. */
  showFactOnPage(request: ShowFactRequest): ShowFactResult;
  startReextract(): ReextractProgress;
  cancelReextract(): ReextractProgress | null;
  getReextractProgress(): ReextractProgress | null;
  /** background → content (tabs.sendMessage): find a fact, scroll to it, flash it. */
  revealFact(request: RevealFactRequest): RevealFactResult;
  /** popup/dashboard → background (after a save or removal they wrote), then background → every
   *  tab (tabs.sendMessage): the content script updates its badge. */
  noticeChanged(change: NoticeChange): void;
  /** popup → content (top frame only): the list page's article links; null when none. */
  getListLinks(): ListLinks | null;
  /** popup → background: start collecting (returns the run id), pause/resume/cancel it, and
   *  wake the worker so a run it stopped in resumes. */
  collectStart(request: CollectStartRequest): number;
  collectControl(request: CollectControlRequest): string | null;
  collectWake(): void;
}

/** The content script's check of a noticeChanged from the background (it loads no zod; the
 *  background parsed it with noticeChangeSchema): agrees with the schema (tests/unit/messages-notice-change.test.ts). */
export function isNoticeChange(data: unknown): data is NoticeChange {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  return (d.kind === 'saved' || d.kind === 'removed') && Number.isInteger(d.noticeId) && optionalString(d.url) && optionalString(d.canonicalUrl);
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

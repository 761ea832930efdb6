// The one typed message contract between content scripts, the background and the popup.
// Payloads are zod schemas: every receiver parses what arrives before using it.
// (Initial protocol by the lead; the storage/popup engineer owns and may extend this file.)
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { extractionSchema, type Extraction } from './contract';

/** Hypothesis-style text-quote selector, so a fact can be re-found after the page changes. */
export const textQuoteSelectorSchema = z.object({
  exact: z.string(),
  prefix: z.string().max(32),
  suffix: z.string().max(32),
  /** Offsets into the flattened page text when the fact was found (a hint for re-anchoring). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** What a content script sends to be saved: one detected notice and its facts. */
export const saveNoticeRequestSchema = z.object({
  url: z.string().url(),
  /** <link rel=canonical> or og:url when the page declares one, else the URL without its hash. */
  canonicalUrl: z.string().url(),
  pageTitle: z.string(),
  /** SHA-256 (hex) of the flattened text, to recognise the same notice at another URL. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
  extraction: extractionSchema,
  /** One selector per fact, index-aligned with extraction.facts. */
  selectors: z.array(textQuoteSelectorSchema),
  /** true when the user asked for it (popup Save); false for automatic saving. */
  manual: z.boolean(),
});
export type SaveNoticeRequest = z.infer<typeof saveNoticeRequestSchema>;

export const saveNoticeResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), noticeId: z.number().int() }),
  z.object({ status: z.literal('updated'), noticeId: z.number().int() }),
  /** Automatic saving is off (settings); nothing was written. */
  z.object({ status: z.literal('not-saved') }),
  z.object({ status: z.literal('error'), error: z.string() }),
]);
export type SaveNoticeResult = z.infer<typeof saveNoticeResultSchema>;

/** What the content script of a tab reports to the popup. */
export const pageStateSchema = z.object({
  url: z.string(),
  pageTitle: z.string(),
  extraction: extractionSchema.nullable(),
  saved: saveNoticeResultSchema.nullable(),
  highlightsOn: z.boolean(),
  /**
   * true while the content script is still flattening/extracting (extraction then is null or
   * stale); the popup keeps asking. Optional: a content script that omits it is taken as done,
   * and `extraction: null` then means "no notice recognised here".
   */
  analysing: z.boolean().optional(),
});
export type PageState = z.infer<typeof pageStateSchema>;

/** A frame's flattened text, extracted in the background: the service worker stays warm
 *  between pages and its work never blocks a tab (a page pays no cold-start cost). */
export const extractPageRequestSchema = z.object({
  /** 20 M UTF-16 units: far beyond any real notice; a larger page gets a clear error. */
  text: z.string().max(20_000_000, 'the page text is longer than 20 million characters'),
  source: z.string(),
});
export type ExtractPageRequest = z.infer<typeof extractPageRequestSchema>;

export interface ExtractPageResult {
  extraction: Extraction;
  /** Written in traditional characters (the card then shows traditional labels). Decided here
   *  so the content script does not carry the folding tables. */
  traditional: boolean;
}

interface ProtocolMap {
  /** content → background */
  extractPage(request: ExtractPageRequest): ExtractPageResult;
  saveNotice(request: SaveNoticeRequest): SaveNoticeResult;
  /** popup → background */
  removeNotice(noticeId: number): void;
  /** popup → content (tabs.sendMessage to the tab's top frame) */
  getPageState(): PageState | null;
  saveNow(): SaveNoticeResult;
  setHighlights(on: boolean): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The parts of runtime.MessageSender that decide who may call what. */
export interface SenderLike {
  id?: string;
  tab?: unknown;
  url?: string;
}

/**
 * True for this extension's content scripts only: same extension id, sent from a tab, and not
 * from one of the extension's own pages (popup.html opened in a tab also has a tab).
 */
export function isOwnContentScript(sender: SenderLike | undefined, runtimeId: string, extensionBaseUrl: string): boolean {
  if (!sender || sender.id !== runtimeId || sender.tab == null) return false;
  return !(sender.url ?? '').startsWith(extensionBaseUrl);
}

/** True for this extension's own pages (popup, dashboard), in a tab or not. */
export function isOwnExtensionPage(sender: SenderLike | undefined, runtimeId: string, extensionBaseUrl: string): boolean {
  return !!sender && sender.id === runtimeId && (sender.url ?? '').startsWith(extensionBaseUrl);
}

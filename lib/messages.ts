// The one typed message contract between content scripts, the background and the popup.
// Payloads are zod schemas: every receiver parses what arrives before using it.
// (Initial protocol by the lead; the storage/popup engineer owns and may extend this file.)
import { z } from 'zod';
import { extractionSchema, type Extraction } from './contract';
import { SIGNATURE_SIZE } from './identity/text-signature';
import { PAGE_TEXT_PART } from './message-protocol';

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

/** lib/identity/text-signature.ts of a page text: tells an edited page from another notice. */
export const textSignatureSchema = z.array(z.number().int().min(0).max(0xffffffff)).max(SIGNATURE_SIZE);

/** What a content script sends to be saved: one detected notice and its facts. */
export const saveNoticeRequestSchema = z.object({
  url: z.string().url(),
  /** <link rel=canonical> or og:url when the page declares one, else the URL without its hash. */
  canonicalUrl: z.string().url(),
  pageTitle: z.string(),
  /** SHA-256 (hex) of the flattened text, to recognise the same notice at another URL. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  textLength: z.number().int().nonnegative(),
  textSignature: textSignatureSchema.optional(),
  extraction: extractionSchema,
  /** One selector per fact, index-aligned with extraction.facts. */
  selectors: z.array(textQuoteSelectorSchema),
  /** true when the user asked for it (popup Save); false for automatic saving. */
  manual: z.boolean(),
});
export type SaveNoticeRequest = z.infer<typeof saveNoticeRequestSchema>;

export const saveNoticeResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), noticeId: z.number().int() }),
  /** `unchanged`: the same notice was already saved exactly so; nothing was written. */
  z.object({ status: z.literal('updated'), noticeId: z.number().int(), unchanged: z.boolean().optional() }),
  /** Automatic saving is off (settings); nothing was written. */
  z.object({ status: z.literal('not-saved') }),
  /** `retryable`: the database was busy, closing, or held by an older tab; the same save may
   *  succeed later (the content script retries with back-off). Absent means false. */
  z.object({ status: z.literal('error'), error: z.string(), retryable: z.boolean().optional() }),
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
  /** Present while the content script retries a send that failed (worker stopped, save failed):
   *  which try failed, of how many, and why. The popup shows "not saved — retrying". */
  retrying: z.object({ attempt: z.number().int().positive(), of: z.number().int().positive(), error: z.string() }).optional(),
});
export type PageState = z.infer<typeof pageStateSchema>;

/** Longest page text the background analyses: 20 M UTF-16 units, far beyond any real notice. */
export const MAX_PAGE_TEXT = 20_000_000;


/** One part of a big page text, sent ahead of the `analysePage` that carries the last part. */
export const pageTextPartSchema = z.object({
  textId: z.string().min(1).max(64),
  index: z.number().int().min(0),
  text: z.string().max(PAGE_TEXT_PART),
});
export type PageTextPart = z.infer<typeof pageTextPartSchema>;

/** A frame's flattened text, analysed (and saved) by the background: the service worker stays
 *  warm between pages and its work never blocks a tab (a page pays no cold-start cost). */
export const analysePageRequestSchema = z.object({
  /** Checked as URLs only when saving: a page that cannot be saved is still analysed. */
  url: z.string(),
  canonicalUrl: z.string(),
  pageTitle: z.string(),
  /** The whole text, or its last part when `parts` were sent before it (see pageTextPartSchema). */
  text: z.string().max(MAX_PAGE_TEXT, 'the page text is longer than 20 million characters'),
  /** Id and count of the parts sent ahead with `pageTextPart`. */
  textId: z.string().max(64).optional(),
  parts: z.number().int().min(0).max(Math.ceil(MAX_PAGE_TEXT / PAGE_TEXT_PART)).optional(),
  /** 'auto': save a notice when the auto-save setting is on; 'manual': the popup's Save. */
  save: z.enum(['auto', 'manual']),
});
export type AnalysePageRequest = z.infer<typeof analysePageRequestSchema>;

export interface AnalysePageResult {
  /** `numbers` is always empty here: 94 k number objects take far longer to deserialise on the
   *  page than the flat `numberSpans`. */
  extraction: Extraction;
  /** [start0, end0, start1, end1, …]: each number's offsets into the text sent. */
  numberSpans: number[];
  /** Written in traditional characters (the card then shows traditional labels). Decided here
   *  so the content script does not carry the folding tables. */
  traditional: boolean;
  /** null when the page is not a notice (nothing was attempted). */
  saved: SaveNoticeResult | null;
  /** The facts saved earlier for this notice, when the page's text changed since: the content
   *  script anchors them and lists those it cannot find (issue 9). Read before this save. */
  savedFacts?: SavedFactRef[];
}

/** A saved fact as the page needs it to find it again. */
export interface SavedFactRef {
  selector: TextQuoteSelector;
  label: string;
}

/** dashboard → background: open (or focus) the notice's page and show the fact there. */
export const showFactRequestSchema = z.object({
  noticeId: z.number().int().positive(),
  factId: z.number().int().positive(),
});
export type ShowFactRequest = z.infer<typeof showFactRequestSchema>;

/** background → content: find this fact in the page, scroll to it and flash it. */
export const revealFactRequestSchema = z.object({
  selector: textQuoteSelectorSchema,
  label: z.string().max(200),
});
export type RevealFactRequest = z.infer<typeof revealFactRequestSchema>;

export interface RevealFactResult {
  found: boolean;
  /** How it was found (lib/anchoring/anchor-selector.ts), and the words it lit. */
  method?: 'position' | 'quote' | 'fuzzy';
  text?: string;
}

export type ShowFactResult = (RevealFactResult & { tabId: number }) | { found: false; error: string };

export type { ReextractProgress } from './reextract/run-reextract';
/** A notice saved or removed somewhere (dashboard delete, popup remove, another tab's save): the
 *  background passes it on to every tab, whose content script updates its badge. */
export const noticeChangeSchema = z.object({
  kind: z.enum(['saved', 'removed']),
  noticeId: z.number().int(),
  url: z.string().optional(),
  canonicalUrl: z.string().optional(),
});
export type NoticeChange = z.infer<typeof noticeChangeSchema>;

// The messenger itself lives in ./message-protocol.ts, which has no zod: content scripts import
// it, and building zod schemas at load cost every page tens of ms of main thread.
export { onMessage, sendMessage, PAGE_TEXT_PART } from './message-protocol';

/** The parts of runtime.MessageSender that decide who may call what. */
export interface SenderLike {
  id?: string;
  tab?: unknown;
  url?: string;
  /** Which frame of the tab (big texts arrive in parts and are kept apart per frame). */
  frameId?: number;
}

/**
 * True for this extension's content scripts only: same extension id, sent from a tab, and not
 * from one of the extension's own pages (popup.html opened in a tab also has a tab).
 */
export function isOwnContentScript(sender: SenderLike | undefined, runtimeId: string, extensionBaseUrl: string): boolean {
  if (!sender || sender.id !== runtimeId || sender.tab == null) return false;
  return !(sender.url ?? '').startsWith(extensionBaseUrl);
}

/**
 * What a content script sent, checked: its sender (this extension's content scripts only) and its
 * payload (the zod schema). Throws a clear error otherwise; the messenger passes it to the sender.
 */
export function parseFromContentScript<T>(
  schema: z.ZodType<T>,
  data: unknown,
  sender: SenderLike | undefined,
  ctx: { runtimeId: string; extensionBaseUrl: string },
): T {
  if (!isOwnContentScript(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: pages are analysed only for Rectify Lens content scripts.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Not analysed: ${issue?.path.join('.') || 'request'}: ${issue?.message}`);
  }
  return parsed.data;
}

/** True for this extension's own pages (popup, dashboard), in a tab or not. */
export function isOwnExtensionPage(sender: SenderLike | undefined, runtimeId: string, extensionBaseUrl: string): boolean {
  return !!sender && sender.id === runtimeId && (sender.url ?? '').startsWith(extensionBaseUrl);
}

// ---- Collecting a list page (issue 10; collect helper) ----

const listLinkSchema = z.object({ url: z.string().url(), text: z.string().max(500) });

/** What the content script of a list page reports: its article links and its 下一页 link. */
export const listLinksSchema = z.object({
  url: z.string().url(),
  items: z.array(listLinkSchema).max(2000),
  next: z.string().url().nullable(),
});
export type ListLinks = z.infer<typeof listLinksSchema>;

/** The popup's "Collect N notices from this list". */
export const collectStartSchema = listLinksSchema.extend({ followNext: z.boolean() });
export type CollectStartRequest = z.infer<typeof collectStartSchema>;

export const collectControlSchema = z.object({
  runId: z.number().int().positive(),
  action: z.enum(['pause', 'resume', 'cancel']),
});
export type CollectControlRequest = z.infer<typeof collectControlSchema>;

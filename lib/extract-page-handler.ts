// The background's side of `extractPage`: who may ask, validation, and the extraction itself.
// Kept out of the entrypoint so tests can drive it without a browser.
import { looksEnglish, type Nlp } from './english/extract-english';
import { extract } from './extract';
import { extractPageRequestSchema, isOwnContentScript, type ExtractPageResult, type SenderLike } from './messages';
import { isTraditional } from './text/fold';

export interface ExtractHandlerContext {
  runtimeId: string;
  /** browser.runtime.getURL('/'), the extension's own origin. */
  extensionBaseUrl: string;
  /** compromise, for pages the browser has translated into English. */
  nlp: Nlp;
}

export function handleExtractPage(data: unknown, sender: SenderLike | undefined, ctx: ExtractHandlerContext): ExtractPageResult {
  if (!isOwnContentScript(sender, ctx.runtimeId, ctx.extensionBaseUrl)) {
    throw new Error('Rejected: pages are analysed only for Rectify Lens content scripts.');
  }
  const parsed = extractPageRequestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Not analysed: ${issue?.path.join('.') || 'request'}: ${issue?.message}`);
  }
  const { text, source } = parsed.data;
  const extraction = extract(text, { source, nlp: looksEnglish(text) ? ctx.nlp : undefined });
  return { extraction, traditional: extraction.detection.isNotice && isTraditional(text) };
}

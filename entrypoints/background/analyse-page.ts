// The background's side of `analysePage`: who may ask, validation, extraction, the text hash,
// the selectors and the save. Kept out of the entrypoint so tests can drive it without a browser.
import { describeQuote } from '@/lib/anchoring/text-quote';
import type { Extraction } from '@/lib/contract';
import { archiveText, saveNotice } from '@/lib/db';
import { looksEnglish, type Nlp } from '@/lib/english/extract-english';
import { extract } from '@/lib/extract';
import { textSignature } from '@/lib/identity/text-signature';
import {
  analysePageRequestSchema,
  parseFromContentScript,
  saveNoticeRequestSchema,
  type AnalysePageRequest,
  type AnalysePageResult,
  type SaveNoticeResult,
  type SenderLike,
} from '@/lib/messages';
import { isTraditional } from '@/lib/text/fold';
import type { HandlerContext } from './handler-context';
import { frameKey, type PageTextParts } from './page-text-parts';
import { savedFactsIfChanged } from './saved-facts';
import { sha256Hex } from './text-hash';

export interface AnalyseHandlerContext extends HandlerContext {
  /** compromise, statically imported by the background (import() is refused in MV3 workers). */
  nlp: Nlp;
  /** Big texts' parts sent ahead (absent: only whole texts are accepted). */
  parts?: PageTextParts;
}

/** The parts of the stored record besides the extraction, checked before writing. */
const recordHeaderSchema = saveNoticeRequestSchema.pick({ url: true, canonicalUrl: true, pageTitle: true, textHash: true });

export async function handleAnalysePage(data: unknown, sender: SenderLike | undefined, ctx: AnalyseHandlerContext): Promise<AnalysePageResult> {
  const parsed = parseFromContentScript(analysePageRequestSchema, data, sender, ctx);
  return analyseAndSave({ ...parsed, text: wholeText(parsed, sender, ctx) }, ctx);
}

/** Extraction and save of a whole text, checked: also the list collector's path (collect-runner.ts). */
export async function analyseAndSave(request: AnalysePageRequest, ctx: AnalyseHandlerContext): Promise<AnalysePageResult> {
  const { text } = request;
  const full = extract(text, { source: request.url, nlp: looksEnglish(text) ? ctx.nlp : undefined });
  const isNotice = full.detection.isNotice;
  // Read before the save below rewrites them: the facts saved at an earlier visit (issue 9).
  const identity = isNotice ? { textHash: await sha256Hex(text), textSignature: textSignature(text) } : null;
  const savedFacts = identity ? await savedFactsBefore(request, identity, full, ctx) : undefined;
  const saved = identity ? await saveIfWanted(request, full, ctx, identity) : null;
  const numberSpans = new Array<number>(full.numbers.length * 2);
  full.numbers.forEach((n, i) => {
    numberSpans[2 * i] = n.start;
    numberSpans[2 * i + 1] = n.end;
  });
  return {
    extraction: { ...full, numbers: [] },
    numberSpans,
    traditional: isNotice && isTraditional(text),
    saved,
    ...(savedFacts?.length ? { savedFacts } : {}),
  };
}

interface TextIdentity {
  textHash: string;
  textSignature: number[];
}

async function savedFactsBefore(request: AnalysePageRequest, identity: TextIdentity, extraction: Extraction, ctx: AnalyseHandlerContext) {
  try {
    return await savedFactsIfChanged(ctx.db, { url: request.url, canonicalUrl: request.canonicalUrl, ...identity }, extraction);
  } catch (err) {
    console.warn('Rectify Lens: saved facts not read', err);
    return undefined;
  }
}

function wholeText(request: AnalysePageRequest, sender: SenderLike | undefined, ctx: AnalyseHandlerContext): string {
  if (!request.parts) return request.text;
  if (!request.textId || !ctx.parts) throw new Error('Not analysed: the page text arrived in parts this background cannot join.');
  try {
    return ctx.parts.take(frameKey(sender, request.textId), request.parts, request.text);
  } catch (error) {
    throw new Error(`Not analysed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function saveIfWanted(request: AnalysePageRequest, extraction: Extraction, ctx: AnalyseHandlerContext, identity: TextIdentity): Promise<SaveNoticeResult> {
  const manual = request.save === 'manual';
  try {
    if (!manual && !(await ctx.autoSave())) return { status: 'not-saved' };
    const { text } = request;
    const header = recordHeaderSchema.safeParse({ ...request, textHash: identity.textHash });
    if (!header.success) {
      const issue = header.error.issues[0];
      return { status: 'error', error: `Not saved: ${issue?.path.join('.')}: ${issue?.message}` };
    }
    const result = await saveNotice(
      ctx.db,
      {
        ...header.data,
        textLength: text.length,
        textSignature: identity.textSignature,
        extraction,
        selectors: extraction.facts.map((f) => describeQuote(text, f.start, f.end)),
        manual,
      },
      ctx.now?.() ?? new Date(),
    );
    // The text is kept so the notice stays readable and re-extractable after the site removes it.
    // A failure here leaves the notice saved; the next save archives it.
    if (result.status === 'saved' || result.status === 'updated') {
      await archiveText(ctx.db, result.noticeId, text, header.data.textHash).catch((err: unknown) => console.warn('Rectify Lens: text not archived', err));
    }
    return result;
  } catch (error) {
    return { status: 'error', error: `Not saved: ${error instanceof Error ? error.message : String(error)}` };
  }
}

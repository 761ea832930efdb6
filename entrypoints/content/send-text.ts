// Sending the page text to the background for analysis. Chrome serialises a message in one
// task on the page's main thread (~90 ms for 5 MB of text), so a big text goes in parts of
// PAGE_TEXT_PART characters, each its own message and task; the last part rides on analysePage.
import { PAGE_TEXT_PART, sendMessage } from '../../lib/message-protocol';
import type { AnalysePageRequest, AnalysePageResult } from '../../lib/messages';

/** Cut points at most `size` apart, never inside a surrogate pair (a lone surrogate would be
 *  replaced in transit and the offsets would no longer match the page). */
export function partEnds(text: string, size: number): number[] {
  const ends: number[] = [];
  let at = 0;
  while (text.length - at > size) {
    let end = at + size;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    ends.push(end);
    at = end;
  }
  return ends;
}

export async function analyseText(
  request: Omit<AnalysePageRequest, 'textId' | 'parts'>,
  size = PAGE_TEXT_PART,
): Promise<AnalysePageResult> {
  const { text } = request;
  const ends = partEnds(text, size);
  if (!ends.length) return sendMessage('analysePage', request);
  const textId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let start = 0;
  for (const [index, end] of ends.entries()) {
    await sendMessage('pageTextPart', { textId, index, text: text.slice(start, end) });
    start = end;
  }
  return sendMessage('analysePage', { ...request, text: text.slice(start), textId, parts: ends.length });
}

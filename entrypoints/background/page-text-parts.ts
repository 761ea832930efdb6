// The background's store for big page texts arriving in parts (`pageTextPart` messages) ahead
// of the `analysePage` that carries the last part. Parts are kept per sending frame and text
// id, dropped when taken, when stale, or when too much is pending (a frame cannot fill memory).
import { MAX_PAGE_TEXT, pageTextPartSchema, parseFromContentScript, type SenderLike } from '@/lib/messages';

/** A text whose analysePage has not come within this time is abandoned (frame navigated away). */
const STALE_MS = 60_000;

interface Pending {
  parts: string[];
  chars: number;
  at: number;
}

/** Who sent it: the same text id from another tab or frame is another text. */
export function frameKey(sender: SenderLike | undefined, textId: string): string {
  const tab = (sender?.tab as { id?: number } | undefined)?.id;
  return `${tab ?? '?'}:${sender?.frameId ?? '?'}:${sender?.url ?? ''}:${textId}`;
}

export class PageTextParts {
  private readonly pending = new Map<string, Pending>();
  private chars = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxPendingChars = 2 * MAX_PAGE_TEXT,
  ) {}

  add(key: string, index: number, text: string): void {
    this.dropStale();
    const entry = this.pending.get(key) ?? { parts: [], chars: 0, at: this.now() };
    // A part sent twice replaces the first copy.
    const delta = text.length - (entry.parts[index]?.length ?? 0);
    if (entry.chars + delta > MAX_PAGE_TEXT) throw new Error(this.drop(key, 'the page text is longer than 20 million characters'));
    if (this.chars + delta > this.maxPendingChars) throw new Error(this.drop(key, 'too much page text is waiting to be analysed'));
    entry.chars += delta;
    this.chars += delta;
    entry.parts[index] = text;
    entry.at = this.now();
    this.pending.set(key, entry);
  }

  /** The whole text: `count` parts sent ahead, then `last`. Throws when a part is missing. */
  take(key: string, count: number, last: string): string {
    const entry = this.pending.get(key);
    this.drop(key, '');
    const parts = entry?.parts ?? [];
    for (let i = 0; i < count; i++) {
      if (typeof parts[i] !== 'string') throw new Error(`part ${i + 1} of ${count} of the page text never arrived`);
    }
    const text = parts.slice(0, count).join('') + last;
    if (text.length > MAX_PAGE_TEXT) throw new Error('the page text is longer than 20 million characters');
    return text;
  }

  get pendingChars(): number {
    return this.chars;
  }

  private drop(key: string, why: string): string {
    const entry = this.pending.get(key);
    if (entry) this.chars -= entry.chars;
    this.pending.delete(key);
    return why;
  }

  private dropStale(): void {
    const limit = this.now() - STALE_MS;
    for (const [key, entry] of this.pending) if (entry.at < limit) this.drop(key, '');
  }
}

export function handlePageTextPart(
  data: unknown,
  sender: SenderLike | undefined,
  ctx: { runtimeId: string; extensionBaseUrl: string; parts: PageTextParts },
): void {
  const part = parseFromContentScript(pageTextPartSchema, data, sender, ctx);
  ctx.parts.add(frameKey(sender, part.textId), part.index, part.text);
}

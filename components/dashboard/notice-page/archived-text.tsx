// The notice's archived text with its facts marked. Rendered as React text in runs (each run a
// span or mark carrying its offset in the text), so a selection maps back to offsets without
// walking the text, and a fact is found by its key to scroll to. Never HTML.
import { useEffect, useMemo, useRef } from 'react';
import { i18n } from '#i18n';
import { selectionQuote, textRuns } from '@/lib/anchoring/archive-marks';
import type { TextQuoteSelector } from '@/lib/messages';
import type { FactView } from './fact-views';

interface Props {
  text: string;
  views: readonly FactView[];
  /** The fact to scroll to; `n` changes on every request, so the same fact can be found again. */
  focus: { key: string; n: number } | null;
  /** The selection waiting to become an added fact: kept marked while the form has the focus. */
  pending: TextQuoteSelector | null;
  onPick(key: string): void;
  onSelect(anchor: TextQuoteSelector): void;
}

/** Offset in the text of a selection boundary inside `pre`, or null when it is outside. */
function offsetOf(pre: HTMLElement, node: Node, offset: number, length: number): number | null {
  if (node === pre) {
    const child = pre.childNodes[offset] as HTMLElement | undefined;
    return child ? Number(child.dataset.start) : length;
  }
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = el?.closest<HTMLElement>('[data-start]');
  if (!run || !pre.contains(run)) return null;
  const base = Number(run.dataset.start);
  if (node.nodeType === Node.TEXT_NODE) return base + offset;
  return base + (offset > 0 ? (run.textContent?.length ?? 0) : 0);
}

const PENDING = 'pending';

export function ArchivedText({ text, views, focus, pending, onPick, onSelect }: Props) {
  const ref = useRef<HTMLPreElement>(null);
  const origins = useMemo(() => new Map(views.map((v) => [v.key, v.fact.origin])), [views]);
  const runs = useMemo(
    () => textRuns(text.length, [
      ...views.flatMap((v) => (v.place ? [{ key: v.key, ...v.place }] : [])),
      ...(pending ? [{ key: PENDING, start: pending.start, end: pending.end }] : []),
    ]),
    [text, views, pending],
  );

  useEffect(() => {
    const onChange = () => {
      const pre = ref.current;
      const sel = document.getSelection();
      // Only a selection inside the text counts; clicking into the add-fact form must not lose it.
      if (!pre || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      const start = offsetOf(pre, range.startContainer, range.startOffset, text.length);
      const end = offsetOf(pre, range.endContainer, range.endOffset, text.length);
      if (start === null || end === null) return;
      const quote = selectionQuote(text, start, end);
      if (quote) onSelect(quote);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, onSelect]);

  useEffect(() => {
    if (!focus) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-keys~="${focus.key}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [focus]);

  return (
    <>
      <p className="muted small">{i18n.t('noticePage.textHint')}</p>
      <pre className="np-text" ref={ref} data-testid="archived-text" lang="zh">
        {runs.map((run) => {
          const body = text.slice(run.start, run.end);
          if (!run.keys.length) return <span key={run.start} data-start={run.start}>{body}</span>;
          const facts = run.keys.filter((k) => k !== PENDING);
          if (!facts.length) return <span key={run.start} data-start={run.start} className="np-pending">{body}</span>;
          const origin = origins.get(facts[0]);
          const focused = focus !== null && facts.includes(focus.key);
          return (
            <mark key={run.start} data-start={run.start} data-keys={facts.join(' ')} data-testid="text-mark"
              className={`np-mark origin-${origin}${facts.length > 1 ? ' multi' : ''}${focused ? ' focused' : ''}${facts.length < run.keys.length ? ' np-pending' : ''}`}
              onClick={() => onPick(facts[facts.length - 1])}>
              {body}
            </mark>
          );
        })}
      </pre>
    </>
  );
}

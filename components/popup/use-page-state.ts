// The state of the target tab as its content script reports it, re-asked after actions.
import { useCallback, useEffect, useRef, useState } from 'react';
import { pageStateSchema, sendMessage, type PageState } from '@/lib/messages';

export type TabView =
  | { kind: 'loading' }
  /** `final` false: the content script is still working (or just injected); we ask again. */
  | { kind: 'ready'; state: PageState; final: boolean }
  /** Nobody answered: not a matched page and not analysed, or a page that cannot be scripted. */
  | { kind: 'no-content-script' };

const TIMEOUT_MS = 3000;
const POLL_MS = 400;
/** How long a content script may answer "no extraction yet" before we call it "no notice". */
const SETTLE_MS = 4000;
/** How long we wait on a content script that says it is still analysing (a very long page). */
const ANALYSING_MS = 30_000;

export async function askPageState(tabId: number): Promise<PageState | null | 'no-answer'> {
  try {
    const reply = await Promise.race([
      sendMessage('getPageState', undefined, tabId),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)),
    ]);
    if (reply == null) return null;
    const parsed = pageStateSchema.safeParse(reply);
    return parsed.success ? parsed.data : 'no-answer';
  } catch {
    return 'no-answer';
  }
}

function keepAsking(state: PageState | null, elapsed: number): boolean {
  if (state?.analysing === true) return elapsed < ANALYSING_MS;
  return (state === null || state.extraction === null) && elapsed < SETTLE_MS;
}

export function usePageState(tabId: number | null) {
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  const generation = useRef(0);
  const refresh = useCallback(async () => {
    if (tabId === null) return;
    const mine = ++generation.current;
    const started = Date.now();
    for (;;) {
      const reply = await askPageState(tabId);
      if (mine !== generation.current) return; // a newer refresh took over
      if (reply === 'no-answer') return setView({ kind: 'no-content-script' });
      const waiting = keepAsking(reply, Date.now() - started);
      // A save being retried is shown as it is (final), and asked again until it has an outcome.
      const retrying = !!reply?.retrying && Date.now() - started < ANALYSING_MS;
      if (reply) setView({ kind: 'ready', state: reply, final: !waiting });
      if (!waiting && !retrying) {
        if (!reply) setView({ kind: 'no-content-script' });
        return;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }, [tabId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { view, refresh };
}

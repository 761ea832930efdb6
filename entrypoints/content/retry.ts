// Sending with exponential back-off. A service worker stopped mid-save (Chrome stops idle ones,
// and updates kill them) drops the message: the reply never comes, or says the port closed. The
// request is idempotent (the background recognises the same notice and updates its row), so it
// is simply sent again; the text counts as handled only once a reply came. Waits go through the
// injected `wait` (ctx.setTimeout in the content script: they die with the context).

/** Waits before the 2nd … 6th try (ms). */
export const BACKOFF_MS: readonly number[] = [500, 1000, 2000, 4000, 8000];

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string; value?: T };

export interface RetryHooks<T> {
  wait(ms: number): Promise<void>;
  /** Called before each wait: `attempt` is the try that failed (1-based), `of` the tries in all. */
  onRetry?(attempt: number, of: number, error: string, value: T | undefined): void;
  /** Stop early (the page moved on): the last failure is returned as it is. */
  stop?(): boolean;
}

/** Runs `attempt` until it succeeds or the tries run out; returns the last outcome. */
export async function withRetry<T>(attempt: () => Promise<Attempt<T>>, hooks: RetryHooks<T>, delays = BACKOFF_MS): Promise<Attempt<T>> {
  const tries = delays.length + 1;
  for (let i = 0; ; i++) {
    let outcome: Attempt<T>;
    try {
      outcome = await attempt();
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok || i >= delays.length || hooks.stop?.()) return outcome;
    hooks.onRetry?.(i + 1, tries, outcome.error, outcome.value);
    await hooks.wait(delays[i]);
    if (hooks.stop?.()) return outcome;
  }
}

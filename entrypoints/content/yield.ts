// Yielding to the page between slices of work, tied to the content script's life.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface Scheduler {
  yield?: () => Promise<void>;
}

export interface Pauser {
  (): Promise<void>;
  /** Milliseconds spent yielded so far (wall time minus this is the main-thread work). */
  readonly pausedMs: number;
}

/** Resolves on a fresh task (scheduler.yield where the browser has it); never resolves once invalid. */
export function pauser(ctx: ContentScriptContext): Pauser {
  let paused = 0;
  const pause = async () => {
    const t = performance.now();
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (scheduler?.yield) await scheduler.yield();
    else await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    paused += performance.now() - t;
    if (ctx.isInvalid) await ctx.block();
  };
  return Object.defineProperty(pause, 'pausedMs', { get: () => paused }) as Pauser;
}

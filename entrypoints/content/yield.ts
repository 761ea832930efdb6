// Yielding to the page between slices of work, tied to the content script's life.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves on a fresh task (scheduler.yield where the browser has it); never resolves once invalid. */
export function pauser(ctx: ContentScriptContext): () => Promise<void> {
  return async () => {
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (scheduler?.yield) await scheduler.yield();
    else await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    if (ctx.isInvalid) await ctx.block();
  };
}

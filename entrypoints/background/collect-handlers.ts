// The background's side of collecting a list page: the popup's start, pause/resume/cancel and
// wake-up messages (extension pages only, zod-parsed), the settings the runner reads, and the
// resumption of a run the worker stopped in (on start and on every collect message).
import type { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { getCollectIntervalMs } from '@/components/settings-items';
import { hostPattern, originsCover } from '@/lib/collect/host-permission';
import { sameOrigin } from '@/lib/collect/pick-links';
import { changeRun, createRun, getRun, runsAwaitingPermission, updateRun } from '@/lib/collect/run-store';
import { collectControlSchema, collectStartSchema, isOwnExtensionPage, onMessage, type CollectStartRequest, type SenderLike } from '@/lib/messages';
import { analyseAndSave, type AnalyseHandlerContext } from './analyse-page';
import { CollectRunner } from './collect-runner';

/** Per-page timeout (storage `local:collectTimeoutMs`, no UI: tests shorten it). */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** An extension API call resets the MV3 worker's 30 s idle timer; fetches alone may not. */
const KEEPALIVE_MS = 20_000;

async function numberSetting(key: `local:${string}`, fallback: number): Promise<number> {
  try {
    const value = await storage.getItem<number>(key);
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

function keepAlive(): () => void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), KEEPALIVE_MS);
  return () => clearInterval(timer);
}

function fromOwnPage(sender: SenderLike | undefined, ctx: { runtimeId: string; extensionBaseUrl: string }): void {
  if (!isOwnExtensionPage(sender, ctx.runtimeId, ctx.extensionBaseUrl)) throw new Error('Rejected: only Rectify Lens pages may collect.');
}

function parsed<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Not collected: ${issue?.path.join('.') || 'request'}: ${issue?.message}`);
  }
  return result.data;
}

/** A start request checked: from an extension page, well-formed, and on the list's site only. */
export function checkedStart(data: unknown, sender: SenderLike | undefined, ctx: { runtimeId: string; extensionBaseUrl: string }): CollectStartRequest {
  fromOwnPage(sender, ctx);
  const request = parsed(collectStartSchema, data);
  const items = request.items.filter((i) => sameOrigin(i.url, request.url));
  const next = request.next && sameOrigin(request.next, request.url) ? request.next : null;
  return { ...request, items, next };
}

/** Whether the extension may read the site now (see lib/collect/host-permission.ts on getAll). */
async function mayRead(url: string): Promise<boolean> {
  return originsCover((await browser.permissions.getAll()).origins, url) || browser.permissions.contains({ origins: [hostPattern(url)] });
}

export function registerCollect(ctx: AnalyseHandlerContext): CollectRunner {
  const runner = new CollectRunner({
    db: ctx.db,
    analyse: (request) => analyseAndSave(request, ctx),
    // The settings page's interval (components/settings-items.ts), clamped to 0.5–60 s.
    intervalMs: getCollectIntervalMs,
    timeoutMs: () => numberSetting('local:collectTimeoutMs', DEFAULT_TIMEOUT_MS),
    now: ctx.now,
    keepAlive,
  });
  const resume = () => void runner.resumeAll().catch((err: unknown) => console.warn('Rectify Lens: collection not resumed', err));

  onMessage('collectStart', async ({ data, sender }) => {
    const request = checkedStart(data, sender, ctx);
    // Not granted yet: the popup's prompt is open (and may close the popup, as Firefox does), so
    // the run waits paused and starts when permissions.onAdded says the site was allowed.
    const awaitingPermission = !(await mayRead(request.url));
    const runId = await createRun(ctx.db, { listUrl: request.url, followNext: request.followNext, items: request.items, next: request.next, awaitingPermission }, ctx.now?.() ?? new Date());
    if (!awaitingPermission) void runner.ensure(runId);
    return runId;
  });
  onMessage('collectControl', async ({ data, sender }) => {
    fromOwnPage(sender, ctx);
    const { runId, action } = parsed(collectControlSchema, data);
    const run = await getRun(ctx.db, runId);
    if (action === 'resume' && run && !(await mayRead(run.listUrl))) throw new Error(`Not collected: no permission to read ${new URL(run.listUrl).hostname}.`);
    if (run?.awaitingPermission) await updateRun(ctx.db, runId, { awaitingPermission: false }, ctx.now?.() ?? new Date());
    const status = await changeRun(ctx.db, runId, action, ctx.now?.() ?? new Date());
    if (status === 'running') void runner.ensure(runId);
    return status;
  });
  onMessage('collectWake', ({ sender }) => {
    fromOwnPage(sender, ctx);
    resume();
  });
  const startAllowed = async () => {
    for (const run of await runsAwaitingPermission(ctx.db)) {
      if (!(await mayRead(run.listUrl))) continue;
      await updateRun(ctx.db, run.id, { awaitingPermission: false }, ctx.now?.() ?? new Date());
      if ((await changeRun(ctx.db, run.id, 'resume', ctx.now?.() ?? new Date())) === 'running') void runner.ensure(run.id);
    }
  };
  // Registered at start-up, so the grant wakes a stopped MV3 worker too.
  browser.permissions.onAdded.addListener(() => void startAllowed().catch((err: unknown) => console.warn('Rectify Lens: collection not started', err)));
  // A worker that stopped mid-run starts again on the next event: the run picks up there.
  resume();
  void startAllowed().catch(() => undefined);
  return runner;
}

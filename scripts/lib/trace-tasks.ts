// Main-thread tasks of one renderer from a Chrome trace (CDP Tracing), clipped to a window.
// The window is placed with the user-timing mark `anchor` (e.g. 'rl:start'), which appears both
// in the trace (µs, trace clock) and in the page (performance.now(), ms): one offset maps both.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task ran, without the time the OS gave another process. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface TaskStats {
  /** Summed time of the top-level tasks inside the window (clipped to it), ms. */
  busyMs: number;
  /** Longest task overlapping the window, whole (as the page lived it), ms. */
  longestMs: number;
  over50: number;
  tasks: number;
  /** Longest task's own work, CPU ms, without the browser's rendering steps inside it (layout, paint). */
  longestScriptCpuMs: number;
  /** Tasks whose own work (as above) is over 50 ms of CPU. */
  scriptOver50: number;
  /** Longest rendering (style, layout, pre-paint, paint) inside one task, ms. */
  longestRenderMs: number;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize']);

/**
 * Tasks on the thread that recorded `anchor`, overlapping [startMs, endMs] of page time.
 * `anchorMs` is the anchor's performance.now() time in the page. Null when the anchor is missing.
 */
export function tasksInWindow(events: TraceEvent[], anchor: string, anchorMs: number, startMs: number, endMs: number): TaskStats | null {
  const mark = events.find((e) => e.name === anchor && e.cat.includes('user_timing'));
  if (!mark) return null;
  const offset = mark.ts - anchorMs * 1000;
  const from = startMs * 1000 + offset;
  const to = endMs * 1000 + offset;
  const stats: TaskStats = { busyMs: 0, longestMs: 0, over50: 0, tasks: 0, longestScriptCpuMs: 0, scriptOver50: 0, longestRenderMs: 0 };
  const rendering = events.filter((e) => RENDERING.has(e.name) && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur !== undefined);
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== mark.pid || e.tid !== mark.tid || e.dur === undefined) continue;
    if (e.ts + e.dur < from || e.ts > to) continue;
    const ms = e.dur / 1000;
    stats.busyMs += (Math.min(e.ts + e.dur, to) - Math.max(e.ts, from)) / 1000;
    stats.tasks++;
    stats.longestMs = Math.max(stats.longestMs, ms);
    if (ms > 50) stats.over50++;
    // The rendering steps inside it: a page this big costs the browser that much to repaint after
    // any change (its own scripts' too), which no slicing of ours can split.
    const render = rendering.filter((r) => r.ts >= e.ts && r.ts + r.dur! <= e.ts + e.dur!).reduce((sum, r) => sum + r.dur!, 0) / 1000;
    const cpu = (e.tdur ?? e.dur) / 1000;
    const script = Math.max(0, cpu - render);
    stats.longestScriptCpuMs = Math.max(stats.longestScriptCpuMs, script);
    stats.longestRenderMs = Math.max(stats.longestRenderMs, render);
    if (script > 50) stats.scriptOver50++;
  }
  return stats;
}

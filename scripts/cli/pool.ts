// Runs extractOne over the inputs on N worker threads and yields the results in input order.
// At most WINDOW files per worker are in flight or waiting for an earlier one, so memory stays
// bounded however large the archive, and output starts as soon as the first file is done.
import { Worker } from 'node:worker_threads';
import type { OutputFormat } from './args';
import type { Input } from './expand-inputs';
import type { FileResult } from './extract-one';

const WINDOW = 4;

export interface Done {
  path: string;
  result: FileResult;
}

// Built, the CLI is dist/cli/extract.mjs beside dist/cli/worker.mjs; from source (tsx), worker.ts.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.mjs', import.meta.url);
// From source, the worker registers tsx's loader itself before importing its TypeScript.
const spawnWorker = (): Worker =>
  FROM_SOURCE
    ? new Worker(`import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`, { eval: true })
    : new Worker(WORKER_URL);
/** Crashes after which no fresh worker is started (a worker that cannot start at all). */
const MAX_RESPAWNS = 16;

export async function* extractAll(inputs: AsyncIterable<Input>, format: OutputFormat, jobs: number): AsyncGenerator<Done> {
  if (jobs <= 1) {
    // Loaded here only: with workers the main thread never loads the extractor.
    const { extractOne } = await import('./extract-one');
    for await (const { path, problem } of inputs) {
      yield { path, result: problem ? { ok: false, reason: problem, bytes: 0 } : await extractOne(path, format) };
    }
    return;
  }
  let crashes = 0;
  let closing = false;
  const pending = new Map<number, { path: string; resolve: (r: FileResult) => void; worker: Worker }>();
  const spawn = (): Worker => {
    const w = spawnWorker();
    w.on('message', ({ id, result }: { id: number; result: FileResult }) => {
      const task = pending.get(id);
      pending.delete(id);
      task?.resolve(result);
    });
    // A crashed (or exited) worker loses only its files in flight; a fresh one takes its place.
    const lost = (reason: string) => {
      if (closing || !workers.includes(w)) return; // already replaced, or we are done
      for (const [id, task] of pending) {
        if (task.worker !== w) continue;
        pending.delete(id);
        task.resolve({ ok: false, reason, bytes: 0 });
      }
      if (++crashes > MAX_RESPAWNS) throw new Error(`worker threads keep crashing: ${reason}`);
      workers[workers.indexOf(w)] = spawn();
    };
    w.on('error', (error) => lost(`worker crashed: ${error.message}`));
    w.on('exit', (code) => lost(`worker exited (code ${code})`));
    return w;
  };
  // Started as the first files arrive: one file never waits for N workers to load the engine.
  const workers: Worker[] = [];
  const inFlight = new Map<number, Promise<FileResult>>(); // by input index
  let next = 0; // index of the next result to yield
  let sent = 0;
  try {
    const iterator = inputs[Symbol.asyncIterator]();
    const order: string[] = []; // input paths by index, until yielded
    let exhausted = false;
    while (true) {
      while (!exhausted && sent - next < jobs * WINDOW) {
        const step = await iterator.next();
        if (step.done) {
          exhausted = true;
          break;
        }
        const id = sent++;
        const { path, problem } = step.value;
        order[id] = path;
        if (problem) {
          inFlight.set(id, Promise.resolve({ ok: false, reason: problem, bytes: 0 }));
          continue;
        }
        const worker = (workers[id % jobs] ??= spawn());
        inFlight.set(id, new Promise<FileResult>((resolve) => pending.set(id, { path, resolve, worker })));
        worker.postMessage({ id, path, format });
      }
      if (next === sent) break;
      const result = await inFlight.get(next)!;
      inFlight.delete(next);
      const path = order[next];
      delete order[next];
      next++;
      yield { path, result };
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

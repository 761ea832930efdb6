// Running an async job one at a time: a request during a run asks for exactly one more run
// after it (page changes pile up while an analysis is under way; only the latest matters).

export interface Serialised {
  run(): Promise<void>;
  /** Resolves when the run under way (if any) has finished. */
  settled(): Promise<void>;
}

export function serialised(job: () => Promise<void>, stop: () => boolean, onError: (error: unknown) => void): Serialised {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await job();
        } while (again && !stop());
      } catch (error) {
        onError(error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return { run, settled: () => running ?? Promise.resolve() };
}

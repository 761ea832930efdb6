// Progress of a long run on stderr: files done, failures, MB read, files/s — one line rewritten
// in place on a terminal, a line every few seconds otherwise. stdout stays the data alone.
export interface Progress {
  tick(bytes: number, failed: boolean): void;
  done(): void;
}

export function progressReporter(enabled: boolean, stream: NodeJS.WriteStream = process.stderr, now = () => Date.now()): Progress {
  const start = now();
  let files = 0;
  let failed = 0;
  let bytes = 0;
  let last = 0;
  const tty = !!stream.isTTY;
  const line = () => {
    const s = Math.max(0.001, (now() - start) / 1000);
    return `extract: ${files} files (${failed} skipped), ${(bytes / 1e6).toFixed(2)} MB, ${(files / s).toFixed(0)} files/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`;
  };
  return {
    tick(b, f) {
      files++;
      bytes += b;
      if (f) failed++;
      if (!enabled) return;
      const t = now();
      if (t - last < (tty ? 200 : 2000)) return;
      last = t;
      stream.write(tty ? `\r${line()}\x1b[K` : `${line()}\n`);
    },
    done() {
      if (enabled) stream.write(`${tty ? '\r' : ''}${line()}${tty ? '\x1b[K' : ''}\n`);
    },
  };
}

// The command-line extractor: `npm run --silent extract -- --json FILE|DIR|GLOB...` streams the
// contract's records (one per readable input, in input order) to stdout and nothing else; files
// are read and extracted on worker threads (--jobs), progress and skipped files go to stderr.
// `npm run extract` runs the bundle in dist/cli (scripts/cli-launcher.mjs rebuilds it when stale).
import './cli/quiet-console';
import { once } from 'node:events';
import { parseArgs, USAGE } from './cli/args';
import { expandInputs } from './cli/expand-inputs';
import { outputFrame } from './cli/output-frame';
import { extractAll } from './cli/pool';
import { progressReporter } from './cli/progress';

function fail(file: string, reason: string): void {
  process.stderr.write(`extract: ${file}: ${reason}\n`);
}

/** Writes and waits for the pipe when it is full, so a slow reader bounds our memory. */
async function write(text: string): Promise<void> {
  if (text && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    process.stderr.write(`extract: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  const frame = outputFrame(args.format);
  const progress = progressReporter(args.progress ?? !!process.stderr.isTTY);
  let count = 0;
  await write(frame.head);
  for await (const { path, result } of extractAll(expandInputs(args.inputs), args.format, args.jobs)) {
    progress.tick(result.bytes, !result.ok);
    if (!result.ok) {
      fail(path, result.reason);
      status = 1;
      continue;
    }
    await write(frame.item(result.chunk, count++));
  }
  await write(frame.tail(count));
  progress.done();
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  return status;
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);

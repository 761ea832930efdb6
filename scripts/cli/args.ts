// Command-line arguments of scripts/extract.ts.
import { availableParallelism } from 'node:os';

export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'csv-notices' | 'explain';

export interface RunArgs {
  kind: 'run';
  format: OutputFormat;
  /** Files, directories and globs, as given. */
  inputs: string[];
  jobs: number;
  /** true/false when asked for; undefined: on when stderr is a terminal. */
  progress?: boolean;
}

export type Args = { kind: 'help' } | RunArgs | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run --silent extract -- [FORMAT] [OPTIONS] FILE|DIR|GLOB...

Extracts rectification-notice records (../shared/spec/extraction.md) from .txt and .html files.
A directory is read recursively (.txt .html .htm .xhtml .shtml); a glob ('archive/**/*.html') is
expanded. Output is streamed in input order as the files are done.
FORMAT
  --json          one JSON array, one object per readable file (default)
  --jsonl         JSON Lines: one object per readable file, one line each
  --csv           the facts as CSV (one row per fact; UTF-8 with BOM, CRLF)
  --csv-notices   the notices as CSV (one row per file, one column per code)
  --explain       each fact with the id of the rule that made it, its value and quote
OPTIONS
  -j, --jobs N    worker threads (default: every core, here ${availableParallelism()}); 1 runs in one thread
  --progress      progress on stderr (default when stderr is a terminal); --no-progress: none
  -h, --help      show this help
Unreadable files are reported on stderr and skipped; the exit code is then 1 (2 for usage errors).`;

const FORMATS: Record<string, OutputFormat> = {
  '--json': 'json',
  '--jsonl': 'jsonl',
  '--csv': 'csv',
  '--csv-notices': 'csv-notices',
  '--explain': 'explain',
};

export function parseArgs(argv: readonly string[], cores = availableParallelism()): Args {
  const formats = new Set<OutputFormat>();
  const inputs: string[] = [];
  let jobs = cores;
  let progress: boolean | undefined;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsDone || !arg.startsWith('-') || arg === '-') inputs.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '-h' || arg === '--help') return { kind: 'help' };
    else if (arg in FORMATS) formats.add(FORMATS[arg]);
    else if (arg === '--progress') progress = true;
    else if (arg === '--no-progress') progress = false;
    else if (arg === '-j' || arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg.startsWith('--jobs=') ? arg.slice(7) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 256) return { kind: 'error', message: `--jobs takes a whole number from 1 to 256, not ${value ?? 'nothing'}` };
      jobs = n;
    } else return { kind: 'error', message: `unknown option: ${arg}` };
  }
  if (formats.size > 1) return { kind: 'error', message: 'choose one of --json, --jsonl, --csv, --csv-notices, --explain' };
  if (inputs.length === 0) return { kind: 'error', message: 'no input files' };
  return { kind: 'run', format: [...formats][0] ?? 'json', inputs, jobs, progress };
}
